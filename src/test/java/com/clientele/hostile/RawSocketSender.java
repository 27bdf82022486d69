package com.clientele.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request over a plain socket, for framing the HTTP client will not produce: malformed chunks, lying or
 * doubled lengths, control characters in headers, odd request lines (a method containing a space is taken as the
 * whole request line), and bodies the server may refuse before it has read them. A separate thread writes while
 * this one reads, so an early answer is seen; every request asks for Connection: close.
 */
final class RawSocketSender {

    private static final int CHUNK = 64 * 1024;

    private final int port;

    RawSocketSender(int port) {
        this.port = port;
    }

    Answer send(HostileRequest request) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout((int) HttpClientSender.ANSWER_TIMEOUT.toMillis());
            Thread writer = new Thread(() -> write(socket, request), "hostile-raw-writer");
            writer.setDaemon(true);
            writer.start();
            readUntilClosed(socket.getInputStream(), received);
        } catch (SocketTimeoutException e) {
            return received.size() > 0 ? RawResponse.parse(received.toByteArray())
                    : Answer.none("no answer within " + HttpClientSender.ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            if (received.size() == 0) {
                return Answer.none("connection dropped without an answer: " + e);
            }
        }
        return received.size() == 0 ? Answer.none("connection closed without an answer")
                : RawResponse.parse(received.toByteArray());
    }

    private static void readUntilClosed(InputStream in, ByteArrayOutputStream received) throws IOException {
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            received.write(buffer, 0, read);
        }
    }

    private void write(Socket socket, HostileRequest request) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(head(request).getBytes(StandardCharsets.ISO_8859_1));
            if (request.payload() != null) {
                writeBody(out, request.payload());
            }
            out.flush();
            socket.shutdownOutput();
        } catch (IOException serverStoppedReading) {
            // the server answered (or hung up) before reading everything: the reader sees what it sent
        }
    }

    private String head(HostileRequest request) {
        StringBuilder head = new StringBuilder(request.method().contains(" ") ? request.method()
                : request.method() + " " + request.path() + " HTTP/1.1").append("\r\n");
        if (request.headers().stream().noneMatch(header -> header.getKey().equalsIgnoreCase("Host"))) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        request.headers().forEach(header -> head.append(header.getKey()).append(": ").append(header.getValue())
                .append("\r\n"));
        Payload payload = request.payload();
        if (payload != null && payload.framing() == Payload.Framing.CONTENT_LENGTH) {
            head.append("Content-Length: ").append(payload.length()).append("\r\n");
        }
        if (payload != null && payload.framing() == Payload.Framing.CHUNKED) {
            head.append("Transfer-Encoding: chunked\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString();
    }

    private static void writeBody(OutputStream out, Payload payload) throws IOException {
        try (InputStream body = payload.open()) {
            byte[] buffer = new byte[CHUNK];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                if (payload.framing() == Payload.Framing.CHUNKED) {
                    out.write((Integer.toHexString(read) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(buffer, 0, read);
                if (payload.framing() == Payload.Framing.CHUNKED) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        if (payload.framing() == Payload.Framing.CHUNKED) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
