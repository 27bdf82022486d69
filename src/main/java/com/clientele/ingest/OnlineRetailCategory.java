package com.clientele.ingest;

import java.util.Map;

/** A category derived for Online Retail products, with its English and Chinese names. */
record OnlineRetailCategory(String id, String name, String nameZh) {

    static final OnlineRetailCategory OTHER = new OnlineRetailCategory("or-other", "Other", "其他");
    static final OnlineRetailCategory NON_MERCHANDISE = new OnlineRetailCategory("non-merchandise",
            "Non-merchandise (postage, fees, adjustments)", "非商品（运费、手续费、调整）");

    /** The values merge-categories takes. */
    Map<String, Object> values() {
        return RowValues.of("id", id, "name", name, "nameZh", nameZh, "parentId", null);
    }
}
