package com.clientele.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Methods other than POST and GET (405), GET with a mutation (405, nothing written) or broken parameters, odd paths,
 * and request lines and header lines only a raw socket sends.
 */
final class OddRequestLines {

    private static final String BODY = "{\"query\":\"{ categories { id } }\"}";
    private static final List<String> PATHS = List.of("/graphql/", "/GRAPHQL", "/graphql;x=1", "//graphql",
            "/graphql/..;/graphql", "/graphql/%2e%2e/graphql", "/graphql?query", "/graphql#x");
    private static final List<String> RAW_PATHS = List.of("/graphql%00", "/graphql?query=%ZZ", "/gra phql",
            "*", "/graphql?" + "a=1&".repeat(20_000));

    private final StormKeys keys;

    OddRequestLines(StormKeys keys) {
        this.keys = keys;
    }

    HostileRequest next(Random random) {
        HostileRequest valid = HostileRequest.post(Family.HTTP_FRAMING, "", keys.reader(), BODY,
                Expectation.answered());
        return switch (random.nextInt(12)) {
            case 0 -> describe(valid.withMethod(HttpFraming.pick(List.of("PUT", "PATCH", "DELETE"), random),
                    HostileRequest.PATH), "write method", Expectation.status(405));
            case 1 -> describe(valid.withMethod(HttpFraming.pick(List.of("HEAD", "OPTIONS", "TRACE"), random),
                    HostileRequest.PATH), "other method", Expectation.none());
            case 2 -> describe(valid.withMethod(HttpFraming.pick(List.of("FOO", "PROPFIND", "GETT", "get"), random),
                    HostileRequest.PATH).overRawSocket(), "unknown method", Expectation.none());
            case 3 -> get("GET with a mutation", "mutation { createApiKey(input: {name: \"storm-get\", role: ADMIN})"
                    + " { token } }", keys.admin(), Expectation.status(405));
            case 4 -> describe(get("", "{ __typename }", keys.reader(), Expectation.none())
                    .withMethod("GET", "/graphql?query=%7B__typename%7D&variables=" + enc(HostileStrings.any(random))),
                    "GET with variables that are not JSON", Expectation.none());
            case 5 -> describe(get("", "{ __typename }", keys.reader(), Expectation.none()).withMethod("GET",
                    "/graphql?query=%7B__typename%7D&query=%7Bcategories%7Bid%7D%7D"), "GET with two queries",
                    Expectation.none());
            case 6 -> describe(valid.withMethod("POST", HttpFraming.pick(PATHS, random)), "odd path",
                    Expectation.none());
            case 7 -> describe(valid.withMethod("POST", HttpFraming.pick(RAW_PATHS, random)).overRawSocket(),
                    "odd raw path", Expectation.none());
            case 8 -> describe(valid.withMethod("POST /graphql HTTP/1.0", HostileRequest.PATH).overRawSocket(),
                    "HTTP/1.0 request", Expectation.none());
            case 9 -> describe(valid.withHeader("X-Broken", "ok\r\nNo colon here").overRawSocket(),
                    "header line without a colon", Expectation.status(400));
            case 10 -> describe(valid.withHeader("X-Folded", "first\r\n  folded continuation").overRawSocket(),
                    "obsolete line folding", Expectation.none());
            default -> describe(valid.withHeader("Authorization", "Bearer \u0000\u0001" + keys.readerToken())
                    .overRawSocket(), "control characters in Authorization", Expectation.status(400, 401));
        };
    }

    private static HostileRequest get(String description, String query, String authorization,
            Expectation expectation) {
        return new HostileRequest(Family.HTTP_FRAMING, description, "GET", "/graphql?query=" + enc(query),
                HostileRequest.headers("Authorization", authorization), null, false, expectation);
    }

    private static HostileRequest describe(HostileRequest request, String description, Expectation expectation) {
        return new HostileRequest(Family.HTTP_FRAMING, description, request.method(), request.path(),
                request.headers(), request.payload(), request.raw(), expectation);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
