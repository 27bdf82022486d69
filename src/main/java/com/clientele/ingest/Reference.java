package com.clientele.ingest;

/** An id of a given kind that a CSV row refers to or defines. */
record Reference(Kind kind, String id) {

    /** The kinds of entities rows refer to, each with the statement that looks ids of that kind up. */
    enum Kind {
        CATEGORY("category", "ingest/known-categories"),
        PRODUCT("product", "ingest/known-products"),
        CUSTOMER("customer", "ingest/known-customers"),
        ORDER("order", "ingest/known-orders");

        private final String word;
        private final String lookup;

        Kind(String word, String lookup) {
            this.word = word;
            this.lookup = lookup;
        }

        String word() {
            return word;
        }

        String lookup() {
            return lookup;
        }
    }

    @Override
    public String toString() {
        return "unknown " + kind.word() + " id '" + id + "'";
    }
}
