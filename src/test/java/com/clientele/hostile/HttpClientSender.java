package com.clientele.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends requests with the JDK's HTTP/1.1 client: fixed-length bodies with a Content-Length, bodies of unknown
 * length (a streaming publisher) as Transfer-Encoding: chunked.
 */
final class HttpClientSender {

    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(90);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    HttpClientSender(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Answer send(HostileRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path()))
                .timeout(ANSWER_TIMEOUT)
                .method(request.method(), publisher(request.payload()));
        request.headers().forEach(header -> builder.header(header.getKey(), header.getValue()));
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Answer.none("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.none("interrupted");
        }
    }

    private static BodyPublisher publisher(Payload payload) {
        if (payload == null) {
            return BodyPublishers.noBody();
        }
        BodyPublisher streamed = BodyPublishers.ofInputStream(payload::open);
        return switch (payload.framing()) {
            case CHUNKED -> streamed;
            case CONTENT_LENGTH -> payload.length() == 0 ? BodyPublishers.ofByteArray(new byte[0])
                    : BodyPublishers.fromPublisher(streamed, payload.length());
            case AS_IS -> throw new IllegalArgumentException("an as-is body needs the raw socket");
        };
    }
}
