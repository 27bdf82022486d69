package com.clientele.hostile;

import java.util.List;
import java.util.Random;

/**
 * Requests whose HTTP framing around a valid GraphQL body is odd: Content-Type (issue 12 point 10: only JSON is
 * accepted), Accept with q=0 (406), methods (405), GET parameters, paths and huge or repeated headers.
 */
final class HttpFraming implements RequestSource {

    private static final String BODY = "{\"query\":\"{ categories { id } }\"}";
    private static final List<String> NOT_JSON = List.of("application/jsonx", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=storm", "application/graphql",
            "text/html; charset=utf-8");
    private static final List<String> ODD_JSON = List.of("APPLICATION/JSON", "application/json;charset=UTF-8",
            "application/json; charset=latin1", "application/json; charset=utf-16", "application/json;;;",
            "application/json, text/plain", "application/json-patch+json", "application/json\tx",
            " application/json ", "application/graphql-response+json");
    private static final List<String> REFUSING_ACCEPT = List.of("application/json;q=0",
            "application/graphql-response+json;q=0", "application/json;q=0, application/graphql-response+json;q=0",
            "*/*;q=0", "application/json; q=0.0", "text/html", "image/png, text/css");
    private static final List<String> ODD_ACCEPT = List.of("application/json;q=abc", "application/json;q=-1",
            "application/json;q=2", ";;;", "application/*;q=0.5", "*/*", "application/json, */*;q=0",
            "application/json;level=1;q=0.9," .repeat(200));

    private final StormKeys keys;
    private final OddRequestLines oddLines;

    HttpFraming(StormKeys keys) {
        this.keys = keys;
        this.oddLines = new OddRequestLines(keys);
    }

    @Override
    public Family family() {
        return Family.HTTP_FRAMING;
    }

    @Override
    public HostileRequest next(Random random) {
        HostileRequest valid = HostileRequest.post(family(), "", keys.reader(), BODY, Expectation.answered());
        return switch (random.nextInt(10)) {
            case 0 -> contentType(valid, pick(NOT_JSON, random), Expectation.status(415));
            case 1 -> contentType(valid, pick(ODD_JSON, random), Expectation.none());
            case 2 -> new HostileRequest(family(), "no Content-Type", "POST", HostileRequest.PATH,
                    HostileRequest.headers("Authorization", keys.reader()), valid.payload(), false,
                    Expectation.status(415));
            case 3 -> accept(valid, pick(REFUSING_ACCEPT, random), Expectation.status(406));
            case 4 -> accept(valid, pick(ODD_ACCEPT, random), Expectation.none());
            case 5 -> accept(valid, "application/graphql-response+json;q=0, application/json",
                    Expectation.answeredIn("application/json"));
            case 6 -> hugeHeader(valid, random);
            default -> oddLines.next(random);
        };
    }

    private HostileRequest contentType(HostileRequest valid, String type, Expectation expectation) {
        return new HostileRequest(family(), "Content-Type: " + type, "POST", HostileRequest.PATH,
                HostileRequest.headers("Content-Type", type, "Authorization", keys.reader()), valid.payload(),
                type.contains("\t"), expectation);
    }

    private HostileRequest accept(HostileRequest valid, String accept, Expectation expectation) {
        return new HostileRequest(family(), "Accept: " + accept, "POST", HostileRequest.PATH, valid.headers(),
                valid.payload(), false, expectation).withHeader("Accept", accept);
    }

    private HostileRequest hugeHeader(HostileRequest valid, Random random) {
        int size = List.of(4_000, 9_000, 70_000, 1_000_000).get(random.nextInt(4));
        String name = random.nextBoolean() ? "X-Storm" : "Accept-Language";
        String value = name.equals("X-Storm") ? "x".repeat(size) : "zh;q=0.5,".repeat(size / 9);
        boolean overLimit = size > 8_192;
        Expectation expectation = overLimit ? Expectation.statusOrHangUp(431, 400, 413) : Expectation.none();
        return new HostileRequest(family(), String.format("%s header of %,d bytes", name, size), "POST",
                HostileRequest.PATH, valid.headers(), valid.payload(), overLimit, expectation).withHeader(name, value);
    }

    static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
