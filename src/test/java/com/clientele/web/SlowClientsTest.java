package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.app.AppConfig;
import com.clientele.support.ApiServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 point 5: a client trickling its headers is dropped after the header timeout, and one trickling its body
 * below the minimum data rate is refused with 408, instead of holding a connection and a thread for ever.
 */
class SlowClientsTest {

    private static final int TRICKLES = 40;
    private static final long PAUSE_MILLIS = 250;

    private static ApiServer server() {
        return ApiServer.start(AppConfig.fromEnvironment(Map.of("PORT", "0", "HTTP_HEADER_TIMEOUT_SECONDS", "1",
                "HTTP_MIN_REQUEST_BYTES_PER_SECOND", "1024")));
    }

    @Test
    void aClientTricklingItsHeadersIsDroppedAfterTheHeaderTimeout() throws Exception {
        try (ApiServer api = server(); Socket socket = connect(api)) {
            OutputStream out = socket.getOutputStream();
            out.write("POST /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            assertEquals("dropped", trickle(socket, out, "a".repeat(TRICKLES), true));
        }
    }

    @Test
    void aBodyTrickledBelowTheMinimumRateIsRefusedWith408() throws Exception {
        String body = "{\"query\":\"{ __typename }\"}      ";
        try (ApiServer api = server(); Socket socket = connect(api)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection:"
                    + " close\r\nContent-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            trickle(socket, out, body, false);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("HTTP/1.1 408", answer.substring(0, Math.min(12, answer.length())), answer);
        }
    }

    @Test
    void aSmallBodyPausingForHalfASecondIsAnsweredBecauseTheRateCountsOnlyAfterTheFirstSecond() throws Exception {
        String body = "{\"query\":\"{ __typename }\"}";
        try (ApiServer api = server(); Socket socket = connect(api)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection:"
                    + " close\r\nContent-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 1))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(2 * PAUSE_MILLIS);
            out.write(body.substring(1).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("HTTP/1.1 200", answer.substring(0, Math.min(12, answer.length())), answer);
        }
    }

    private static Socket connect(ApiServer api) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", URI.create(api.url("/")).getPort()), 10_000);
        socket.setSoTimeout(60_000);
        return socket;
    }

    /** Writes one character per pause; "dropped" when the server closed the connection meanwhile, else "sent". */
    private static String trickle(Socket socket, OutputStream out, String text, boolean watch)
            throws InterruptedException {
        try {
            for (char character : text.toCharArray()) {
                out.write(character);
                out.flush();
                Thread.sleep(PAUSE_MILLIS);
                if (watch && closedByServer(socket)) {
                    return "dropped";
                }
            }
            return "sent";
        } catch (IOException reset) {
            return "dropped";
        }
    }

    private static boolean closedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        if (in.available() > 0) {
            return false;
        }
        socket.setSoTimeout(1);
        try {
            return in.read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } finally {
            socket.setSoTimeout(60_000);
        }
    }
}
