package com.clientele.ingest;

/** An id of a given kind that a row refers to (in {@code column}) or defines. */
record Reference(Kind kind, String id, String column) {

    /** The kinds of entities rows refer to, each with the statement that looks ids of that kind up. */
    enum Kind {
        CATEGORY("category", "ingest/known-categories", ProblemCode.UNKNOWN_CATEGORY),
        PRODUCT("product", "ingest/known-products", ProblemCode.UNKNOWN_PRODUCT),
        CUSTOMER("customer", "ingest/known-customers", ProblemCode.UNKNOWN_CUSTOMER),
        ORDER("order", "ingest/known-orders", ProblemCode.UNKNOWN_ORDER);

        private final String word;
        private final String lookup;
        private final ProblemCode unknown;

        Kind(String word, String lookup, ProblemCode unknown) {
            this.word = word;
            this.lookup = lookup;
            this.unknown = unknown;
        }

        String lookup() {
            return lookup;
        }
    }

    /** The problem of a row whose reference is not known. */
    RowProblem unknown() {
        return new RowProblem(column, kind.unknown, "unknown " + kind.word + " id '" + id + "'");
    }
}
