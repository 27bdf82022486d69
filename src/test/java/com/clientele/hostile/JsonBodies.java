package com.clientele.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Bodies that are not one well-formed JSON request: duplicate keys and concatenated documents (400, issue 12
 * point 10), truncated or non-standard JSON, invalid UTF-8, byte-order marks, and members of the wrong type.
 */
final class JsonBodies implements RequestSource {

    private static final String QUERY = "\"{ categories { id } }\"";
    private static final String VALID = "{\"query\":" + QUERY + "}";
    private static final List<String> NOT_ONE_REQUEST = List.of(
            "{\"query\":\"{ __typename }\",\"query\":" + QUERY + "}",
            "{\"query\":" + QUERY + ",\"variables\":{},\"variables\":{\"a\":1}}",
            "{\"query\":" + QUERY + ",\"operationName\":null,\"operationName\":\"X\"}",
            VALID + VALID, VALID + " " + VALID, VALID + "\n[1]", VALID + " garbage", VALID + ",", "[" + VALID + "]",
            "[]", "{}", "null", "5", "\"" + QUERY.replace("\"", "") + "\"", "true", "{\"query\":" + QUERY + ",}",
            "{'query':'{ __typename }'}", "{query:" + QUERY + "}", "/* c */" + VALID, "{\"query\":" + QUERY
            + " // c\n}", "{\"query\":\"{ __typename }\\x41\"}", "{\"query\":\"\\uZZZZ\"}");
    private static final List<String> WRONG_MEMBERS = List.of("\"query\":5", "\"query\":[\"{ __typename }\"]",
            "\"query\":{\"text\":\"{ __typename }\"}", "\"query\":true", "\"query\":\"\"", "\"query\":\"   \"",
            "\"query\":" + QUERY + ",\"variables\":\"{}\"", "\"query\":" + QUERY + ",\"variables\":[]",
            "\"query\":" + QUERY + ",\"variables\":5", "\"query\":" + QUERY + ",\"operationName\":5",
            "\"query\":" + QUERY + ",\"operationName\":{}", "\"query\":" + QUERY + ",\"operationName\":[\"a\"]",
            "\"query\":" + QUERY + ",\"extensions\":\"x\"", "\"query\":" + QUERY + ",\"extensions\":5",
            "\"query\":" + QUERY + ",\"extensions\":[1]", "\"query\":" + QUERY + ",\"extensions\":true");

    private final StormKeys keys;

    JsonBodies(StormKeys keys) {
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.JSON_BODIES;
    }

    @Override
    public HostileRequest next(Random random) {
        return switch (random.nextInt(7)) {
            case 0, 1 -> body("not one well-formed request", HttpFraming.pick(NOT_ONE_REQUEST, random),
                    Expectation.status(400));
            case 2, 3 -> body("member of the wrong type", "{" + HttpFraming.pick(WRONG_MEMBERS, random) + "}",
                    Expectation.status(400));
            case 4 -> body("truncated JSON", truncated(random), Expectation.status(400));
            case 5 -> bytes("invalid UTF-8 inside the query", invalidUtf8(random), Expectation.none());
            default -> bytes("byte-order mark before the body", withBom(random), Expectation.none());
        };
    }

    private static String truncated(Random random) {
        String whole = "{\"query\":\"query Q($f: CustomerFilter) { customers(filter: $f) { totalCount } }\","
                + "\"variables\":{\"f\":{\"regions\":[\"广东\",\"Shanghai\"]}},\"operationName\":\"Q\"}";
        return whole.substring(0, 1 + random.nextInt(whole.length() - 2));
    }

    private static byte[] invalidUtf8(Random random) {
        byte[][] broken = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"query\":\"{ customer(id: \\\"C".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(broken[random.nextInt(broken.length)]);
        body.writeBytes("\\\") { id } }\"}".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] withBom(Random random) {
        if (random.nextBoolean()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            body.writeBytes(VALID.getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }
        return ("\ufeff" + VALID).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16BE
                : StandardCharsets.UTF_16LE);
    }

    private HostileRequest body(String description, String body, Expectation expectation) {
        return HostileRequest.post(family(), description + ": " + body, keys.reader(),
                body, expectation);
    }

    private HostileRequest bytes(String description, byte[] body, Expectation expectation) {
        return HostileRequest.post(family(), description, keys.reader(), "{}", expectation)
                .withPayload(Payload.of(body));
    }
}
