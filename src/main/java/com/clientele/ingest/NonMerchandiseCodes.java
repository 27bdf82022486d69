package com.clientele.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Online Retail stock codes that are not goods: postage, carriage, manual adjustments, discounts, samples, fees,
 * bad debt, charity, gift vouchers. They count in revenue but are never recommended.
 */
final class NonMerchandiseCodes {

    private static final Set<String> CODES = Set.of("POST", "DOT", "M", "C2", "D", "S", "B", "BANK CHARGES",
            "AMAZONFEE", "CRUK", "PADS");
    private static final String GIFT_VOUCHER_PREFIX = "GIFT_0001_";

    private NonMerchandiseCodes() {
    }

    static boolean isNonMerchandise(String stockCode) {
        String code = stockCode.toUpperCase(Locale.ROOT);
        return CODES.contains(code) || code.startsWith(GIFT_VOUCHER_PREFIX);
    }
}
