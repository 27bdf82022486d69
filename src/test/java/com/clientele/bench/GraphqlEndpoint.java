package com.clientele.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One GraphQL server under benchmark: where it answers, which process it is (for its CPU time), and a blocking POST
 * that fails on anything but a 200 answer without errors. One HTTP/1.1 client, shared by every load thread.
 */
final class GraphqlEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final URI uri;
    private final ProcessCpu process;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    GraphqlEndpoint(String name, URI uri, long pid) {
        this.name = name;
        this.uri = uri;
        this.process = new ProcessCpu(pid);
    }

    String name() {
        return name;
    }

    ProcessCpu process() {
        return process;
    }

    /** The {@code data} of the answer. */
    JsonNode data(String query, Map<String, Object> variables) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("query", query, "variables", variables))))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 200 || answer.has("errors")) {
                throw new IllegalStateException(name + " answered " + response.statusCode() + ": "
                        + abbreviated(response.body()));
            }
            return answer.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
