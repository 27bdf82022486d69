package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12 point 3: a body is counted as it is read, however it is framed, so a chunked body above
 * MAX_REQUEST_BYTES (1,000,000 by default) is refused with 413; broken framing is a 400 with a JSON error body.
 */
class RequestBodyFramingTest {

    private static final String BODY = "{\"query\":\"{ __typename }\"}";
    private static final String BROKEN = "{\"errors\":[{\"message\":\"the request body could not be read: its framing"
            + " is broken (a chunk or Content-Length that does not match the bytes sent)\",\"extensions\":{\"code\":"
            + "\"BAD_REQUEST\"}}]}";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void start() {
        TestNeo4j.get().empty();
    }

    private static int port() {
        return java.net.URI.create(api.url("/")).getPort();
    }

    private static RawHttp chunked(String framedBody) {
        return RawHttp.send(port(), RawHttp.post("Transfer-Encoding: chunked\r\n"),
                framedBody.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void assertAnswer(int status, String body, RawHttp answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(ApiServer.parse(body), ApiServer.parse(answer.body()));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413() {
        String padded = "{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + "x".repeat(1_000_000) + "\"}}";
        String framed = Integer.toHexString(padded.length()) + "\r\n" + padded + "\r\n0\r\n\r\n";
        assertAnswer(413, "{\"errors\":[{\"message\":\"the request body is larger than 1000000 bytes\","
                + "\"extensions\":{\"code\":\"BAD_REQUEST\"}}]}", chunked(framed));
    }

    @Test
    void aChunkedBodyUnderTheLimitIsAnswered() {
        String framed = Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n0\r\n\r\n";
        assertAnswer(200, "{\"data\":{\"__typename\":\"Query\"}}", withoutCost(chunked(framed)));
    }

    @Test
    void aChunkShorterThanItsDeclaredSizeIsABadRequestWithAJsonBody() {
        assertAnswer(400, BROKEN, chunked("ff\r\n" + BODY + "\r\n0\r\n\r\n"));
    }

    @Test
    void aChunkSizeThatIsNotHexIsABadRequestWithAJsonBody() {
        assertAnswer(400, BROKEN, chunked("zz\r\n" + BODY + "\r\n0\r\n\r\n"));
    }

    @Test
    void aNegativeChunkSizeIsABadRequestWithAJsonBody() {
        assertAnswer(400, BROKEN, chunked("-5\r\n" + BODY + "\r\n0\r\n\r\n"));
    }

    @Test
    void aChunkSizeOverflowing64BitsIsABadRequestWithAJsonBody() {
        assertAnswer(400, BROKEN, chunked("FFFFFFFFFFFFFFFFFFFF\r\n" + BODY + "\r\n0\r\n\r\n"));
    }

    @Test
    void noLastChunkBeforeTheClientHalfClosesIsABadRequestWithAJsonBody() {
        assertAnswer(400, BROKEN, chunked(Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n"));
    }

    @Test
    void aContentLengthLongerThanTheBodyIsABadRequestWithAJsonBody() {
        assertAnswer(400, BROKEN, RawHttp.send(port(), RawHttp.post("Content-Length: " + (BODY.length() + 10)
                + "\r\n"), BODY.getBytes(StandardCharsets.UTF_8)));
    }

    private static RawHttp withoutCost(RawHttp answer) {
        return new RawHttp(answer.status(), ApiServer.withoutCost(answer.body()).toString());
    }
}
