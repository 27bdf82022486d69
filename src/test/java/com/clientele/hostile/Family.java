package com.clientele.hostile;

/**
 * The kinds of hostile request the storm sends, with the points of issue 12 whose fixes each one verifies;
 * failures are reported grouped by these.
 */
enum Family {
    CHUNKED_BODIES("3", "chunked and length-framed bodies over and under MAX_REQUEST_BYTES, malformed chunk framing"),
    HTTP_FRAMING("10", "odd Content-Type and Accept (q=0), methods, GET parameters, paths, huge headers"),
    JSON_BODIES("10", "duplicate keys, concatenated, truncated and invalid-UTF-8 JSON, BOMs, wrong member types"),
    JSON_LIMITS("7", "deep nesting in variables, thousands of digits, NaN/Infinity, huge strings and keys"),
    SCHEMA_RANDOM("2, 12", "random queries built from the introspected schema, arguments of right, wrong and edge"
            + " values"),
    CURSORS("8", "tampered `after` cursors: random base64, offsets near Integer.MAX_VALUE, negative, malformed"),
    QUERY_SHAPES("12", "fragment cycles, alias floods, directive abuse, deep nesting, token floods, odd documents"),
    HOSTILE_WRITES("6, 9", "mutations whose input is invalid: control characters, impossible dates and years,"
            + " bounds"),
    BATCHES("2", "lists of thousands of ids (unknown, duplicated), long string filters"),
    ROLES("1, 4", "READER sorting/filtering by personal fields, lower roles calling higher mutations, bad"
            + " credentials"),
    GRAPH("6, 9", "the graph before and after the storm"),
    AFTERWARDS("6", "normal queries after the storm, compared with their answers before it");

    private final String issuePoints;
    private final String covers;

    Family(String issuePoints, String covers) {
        this.issuePoints = issuePoints;
        this.covers = covers;
    }

    /** The points of issue 12 this family checks, e.g. "6, 9". */
    String issuePoints() {
        return issuePoints;
    }

    String covers() {
        return covers;
    }
}
