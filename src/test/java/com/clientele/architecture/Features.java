package com.clientele.architecture;

import java.util.List;

/** The feature packages, in the middle layer (docs/architecture.md lists what each owns). */
final class Features {

    static final List<String> NAMES = List.of("customer", "catalog", "order", "place", "strategy", "segment", "clv",
            "crosssell", "referral", "ingest", "apikey", "seed");

    private Features() {
    }
}
