package com.clientele.hostile;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** A generator of one family of hostile requests, drawn from the storm's seeded random source. */
interface RequestSource {

    Family family();

    /** One more request of this family. */
    HostileRequest next(Random random);

    /** Requests sent once per storm whatever the seed: the few big bodies. */
    default List<HostileRequest> fixed() {
        return List.of();
    }

    /** A GraphQL POST of this source's family. */
    default HostileRequest graphql(String description, String authorization, String query,
            Map<String, Object> variables, Expectation expectation) {
        return HostileRequest.graphql(family(), description, authorization, query, variables, expectation);
    }

    /** A GraphQL POST of this source's family without variables. */
    default HostileRequest graphql(String description, String authorization, String query,
            Expectation expectation) {
        return graphql(description, authorization, query, Map.of(), expectation);
    }
}
