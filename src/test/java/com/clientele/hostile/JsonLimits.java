package com.clientele.hostile;

import com.clientele.hostile.Payload.Framing;
import java.util.List;
import java.util.Random;

/**
 * JSON that hits a parser limit (issue 12 point 7: 400 with a clear message, never 500): nesting 100 to 5,000 deep,
 * numbers of thousands of digits, NaN and Infinity, huge keys, and strings of 1 to 20 million characters, which are
 * also above MAX_REQUEST_BYTES (413 however they are framed).
 */
final class JsonLimits implements RequestSource {

    /** Jackson's default limits: nesting depth and digits in a number. */
    private static final int MAX_DEPTH = 1_000;
    private static final int MAX_DIGITS = 1_000;
    private static final String USED = "query Q($first: Int, $f: CustomerFilter) { customers(first: $first, filter:"
            + " $f) { totalCount } }";

    private final StormKeys keys;

    JsonLimits(StormKeys keys) {
        this.keys = keys;
    }

    @Override
    public Family family() {
        return Family.JSON_LIMITS;
    }

    @Override
    public HostileRequest next(Random random) {
        int depth = 100 + random.nextInt(4_901);
        Expectation deep = depth > MAX_DEPTH ? Expectation.status(400) : Expectation.none();
        int digits = 1 + random.nextInt(20_000);
        Expectation longNumber = digits > MAX_DIGITS ? Expectation.status(400) : Expectation.none();
        return switch (random.nextInt(8)) {
            case 0 -> variables("arrays nested " + depth + " deep", "{\"v\":" + "[".repeat(depth) + "1"
                    + "]".repeat(depth) + "}", deep);
            case 1 -> variables("objects nested " + depth + " deep", "{\"f\":" + "{\"ids\":".repeat(depth) + "1"
                    + "}".repeat(depth) + "}", deep);
            case 2 -> variables("unbalanced nesting " + depth + " deep", "{\"v\":" + "[{\"a\":".repeat(depth),
                    Expectation.status(400));
            case 3 -> variables(String.format("number of %,d digits", digits), "{\"first\":" + digits(digits, random)
                    + "}", longNumber);
            case 4 -> variables(String.format("decimal of %,d digits", digits), "{\"first\":0." + digits(digits,
                    random) + "e-2147483648}", longNumber);
            case 5 -> variables("non-standard number", "{\"first\":" + HttpFraming.pick(List.of("NaN", "Infinity",
                    "-Infinity", "+1", "0x10", "01", ".5", "1.", "1e", "--1"), random) + "}", Expectation.status(400));
            case 6 -> variables("exponent overflow", "{\"first\":" + HttpFraming.pick(List.of("1e2147483648",
                    "1E-2147483649", "1e400", "-1e400", "4.9e-325"), random) + "}", Expectation.none());
            default -> variables(String.format("key of %,d characters", 60_000 + depth), "{\"" + "k".repeat(60_000
                    + depth) + "\":1}", Expectation.status(400));
        };
    }

    @Override
    public List<HostileRequest> fixed() {
        return List.of(
                string("1,000,000-character string with Content-Length", 1_000_000, Framing.CONTENT_LENGTH),
                string("5,000,000-character string, chunked", 5_000_000, Framing.CHUNKED),
                string("20,000,001-character string, chunked", 20_000_001, Framing.CHUNKED),
                string("20,000,001-character string with Content-Length", 20_000_001, Framing.CONTENT_LENGTH));
    }

    private HostileRequest string(String description, long characters, Framing framing) {
        return HostileRequest.post(family(), description, keys.reader(), "{}", Expectation.status(413))
                .withPayload(Payload.padded("{\"query\":\"{ __typename }\",\"variables\":{\"s\":\"", 's', characters,
                        "\"}}", framing)).overRawSocket();
    }

    private HostileRequest variables(String description, String variablesJson, Expectation expectation) {
        String body = "{\"query\":\"" + USED + "\",\"variables\":" + variablesJson + "}";
        return HostileRequest.post(family(), description, keys.reader(), body, expectation);
    }

    private static String digits(int count, Random random) {
        StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
        for (int index = 1; index < count; index++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
