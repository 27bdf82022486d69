package com.clientele.hostile;

import com.clientele.hostile.Payload.Framing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chunked and length framing written by hand on a raw socket: bad and overflowing chunk sizes, extensions and
 * trailers, missing terminators, Content-Length that lies, is doubled or comes with Transfer-Encoding.
 */
final class MalformedFraming {

    private static final String BODY = "{\"query\":\"{ __typename }\"}";

    private final StormKeys keys;

    MalformedFraming(StormKeys keys) {
        this.keys = keys;
    }

    HostileRequest next(Random random) {
        int length = BODY.length();
        String hex = Integer.toHexString(length);
        return switch (random.nextInt(14)) {
            case 0 -> chunked("chunk size that is not hex", "zz\r\n" + BODY + "\r\n0\r\n\r\n",
                    Expectation.statusOrHangUp(400));
            case 1 -> chunked("chunk size overflowing 64 bits", "FFFFFFFFFFFFFFFFFFFF\r\n" + BODY + "\r\n0\r\n\r\n",
                    Expectation.statusOrHangUp(400, 413));
            case 2 -> chunked("negative chunk size", "-5\r\n" + BODY + "\r\n0\r\n\r\n",
                    Expectation.statusOrHangUp(400));
            case 3 -> chunked("chunk extensions", hex + ";name=value;x=\"y\"\r\n" + BODY + "\r\n0\r\n\r\n",
                    Expectation.answered());
            case 4 -> chunked("trailer fields after the last chunk", hex + "\r\n" + BODY
                    + "\r\n0\r\nX-Trailer: yes\r\nX-Other: 1\r\n\r\n", Expectation.answered());
            case 5 -> chunked("no last chunk before the client half-closes", hex + "\r\n" + BODY + "\r\n",
                    Expectation.statusOrHangUp(400));
            case 6 -> chunked("chunk shorter than its declared size", "ff\r\n" + BODY + "\r\n0\r\n\r\n",
                    Expectation.statusOrHangUp(400));
            case 7 -> chunked("one-byte chunks", oneByteChunks(), Expectation.answered());
            case 8 -> chunked("chunk size with leading zeros", "0000" + hex + "\r\n" + BODY + "\r\n0\r\n\r\n",
                    Expectation.answered());
            case 9 -> framed("Content-Length together with Transfer-Encoding: chunked", List.of(
                    Map.entry("Content-Length", "3"), Map.entry("Transfer-Encoding", "chunked")),
                    hex + "\r\n" + BODY + "\r\n0\r\n\r\n", Expectation.none());
            case 10 -> framed("Content-Length far above the limit, short body", List.of(
                    Map.entry("Content-Length", "50000000")), BODY, Expectation.statusOrHangUp(413));
            case 11 -> framed("Content-Length that is not a number", List.of(Map.entry("Content-Length", "abc")),
                    BODY, Expectation.status(400));
            case 12 -> framed("two different Content-Length headers", List.of(Map.entry("Content-Length",
                    Integer.toString(length)), Map.entry("Content-Length", "3")), BODY, Expectation.status(400));
            default -> framed("Content-Length longer than the body, then half-close", List.of(
                    Map.entry("Content-Length", Integer.toString(length + 10))), BODY,
                    Expectation.statusOrHangUp(400));
        };
    }

    private static String oneByteChunks() {
        StringBuilder chunks = new StringBuilder();
        for (char character : BODY.toCharArray()) {
            chunks.append("1\r\n").append(character).append("\r\n");
        }
        return chunks.append("0\r\n\r\n").toString();
    }

    private HostileRequest chunked(String description, String framedBody, Expectation expectation) {
        return framed(description, List.of(Map.entry("Transfer-Encoding", "chunked")), framedBody, expectation);
    }

    private HostileRequest framed(String description, List<Map.Entry<String, String>> framing, String framedBody,
            Expectation expectation) {
        List<Map.Entry<String, String>> headers = new java.util.ArrayList<>(HostileRequest.headers(
                "Content-Type", "application/json", "Authorization", keys.reader()));
        headers.addAll(framing);
        Payload payload = Payload.of(framedBody.getBytes(StandardCharsets.UTF_8)).framed(Framing.AS_IS);
        return new HostileRequest(Family.CHUNKED_BODIES, description, "POST", HostileRequest.PATH, headers, payload,
                true, expectation);
    }
}
