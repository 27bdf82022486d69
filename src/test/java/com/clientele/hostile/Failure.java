package com.clientele.hostile;

/** One broken rule: which family, what kind of failure, the request and what came back. */
record Failure(Family family, Kind kind, String request, String answer) {

    /** What was wrong with the answer. */
    enum Kind {
        /** Status 500 or above. */
        SERVER_ERROR,
        /** No HTTP answer at all (connection dropped, or none within the client's timeout). */
        NO_RESPONSE,
        /** A GraphQL error with code INTERNAL: an unhandled failure reported as such. */
        INTERNAL_ERROR,
        /** A GraphQL error without extensions.code. */
        NO_CODE,
        /** A message showing a class name, exception, stack frame, Cypher or AST text. */
        LEAK,
        /** An error carrying graphql-java's {@code extensions.classification} (e.g. DataFetchingException). */
        CLASSIFIED_AS_EXCEPTION,
        /** requestedQueryCost below half of actualQueryCost. */
        UNDERCHARGED,
        /** The request's own expectation (status, code, refusal...) did not hold. */
        WRONG_ANSWER,
        /** The graph or a normal query differs after the storm. */
        CHANGED
    }

    static Failure of(HostileRequest request, Kind kind, Answer answer, String detail) {
        String seen = answer.status() == 0 ? answer.body()
                : answer.status() + " " + answer.abbreviatedBody();
        return new Failure(request.family(), kind, request.summary(), detail + " <- " + seen);
    }
}
