package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.app.App;
import com.clientele.app.AppConfig;
import com.clientele.auth.KeyToken;
import com.clientele.support.ApiServer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Issue 12 points 5 and 11: when Neo4j cannot serve (here: nothing listens where the driver points) a request is
 * answered 503 SERVICE_UNAVAILABLE with Retry-After, never 500; and the request log and the metrics take the outcome
 * from the status actually sent, so no 5xx is ever counted as OK. The server still starts (it cannot read its keys,
 * so it is not keyless) and a request with a key it must look up is the one Neo4j cannot serve. The driver here
 * retries a transaction for 1 s rather than its default 30 s: the outcome is the same, only sooner.
 */
class RequestOutcomeTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aDatabaseThatCannotServeIs503WithRetryAfterAndCountedSoInTheMetrics() throws Exception {
        Config retryBriefly = Config.builder().withMaxTransactionRetryTime(1, TimeUnit.SECONDS).build();
        try (Driver unreachable = GraphDatabase.driver("bolt://127.0.0.1:9", AuthTokens.none(), retryBriefly)) {
            Javalin app = App.create(AppConfig.fromEnvironment(Map.of("PORT", "0")), unreachable)
                    .start("127.0.0.1", 0);
            try {
                HttpResponse<String> answer = send(app, HttpRequest.newBuilder(url(app, "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + KeyToken.random())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")));
                assertEquals("503 1 " + ApiServer.parse(ApiServer.write(Map.of("errors", List.of(Map.of("message",
                        "the database cannot serve this request right now; retry after 1 s", "extensions",
                        Map.of("code", "SERVICE_UNAVAILABLE")))))), answer.statusCode() + " "
                        + answer.headers().firstValue("Retry-After").orElse("-") + " "
                        + ApiServer.parse(answer.body()));
                String metrics = send(app, HttpRequest.newBuilder(url(app, "/metrics"))).body();
                assertTrue(metrics.contains("clientele_graphql_requests_seconds_count{outcome=\"SERVICE_UNAVAILABLE\","
                        + "status=\"503\"} 1"), metrics);
                assertTrue(!metrics.contains("outcome=\"OK\",status=\"5"), metrics);
            } finally {
                app.stop();
            }
        }
    }

    private static URI url(Javalin app, String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private HttpResponse<String> send(Javalin app, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
