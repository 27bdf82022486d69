package com.clientele.support;

import com.clientele.app.App;
import com.clientele.app.AppConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The production wiring ({@link App#create}) on a free port over the shared test Neo4j, with an HTTP client. Either
 * started and closed by the test ({@link #start()}, try-with-resources) or registered as a JUnit extension for a
 * whole test class ({@link #forTestClass()}): started before the class's {@code @BeforeAll} methods, closed after
 * its {@code @AfterAll} methods. It listens on the configured HOST (127.0.0.1 unless a test says otherwise, e.g.
 * 0.0.0.0) and is always reached through 127.0.0.1.
 */
public final class ApiServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The text elements of a JSON array, e.g. a user error's field path. */
    public static final java.util.function.Function<JsonNode, java.util.List<String>> JSON_LIST = array -> {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    };

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final boolean changesTheGraph;
    private final Map<String, String> environment;
    private Javalin app;

    private ApiServer(Javalin app, boolean changesTheGraph, Map<String, String> environment) {
        this.app = app;
        this.changesTheGraph = changesTheGraph;
        this.environment = environment;
    }

    /** {@code @RegisterExtension static final ApiServer api = ApiServer.forTestClass();} */
    public static ApiServer forTestClass() {
        return new ApiServer(null, false, Map.of());
    }

    /**
     * This server with every API key checked against the graph (API_KEY_CACHE_SECONDS=0): for tests that count the
     * statements a request runs, which then do not depend on how long ago the key was last checked.
     */
    public ApiServer checkingTheKeyOnEveryRequest() {
        Map<String, String> changed = new java.util.HashMap<>(environment);
        changed.put("API_KEY_CACHE_SECONDS", "0");
        return new ApiServer(app, changesTheGraph, Map.copyOf(changed));
    }

    /** Like {@link #forTestClass()} for classes that change the shared graph: it is reloaded by the next class. */
    public static ApiServer forTestClassThatChangesTheGraph() {
        return new ApiServer(null, true, Map.of());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        app = create(config(environment));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
        if (changesTheGraph) {
            TestNeo4j.get().forget();
        }
    }

    public static ApiServer start() {
        return start(config(Map.of()));
    }

    /** The production wiring with a given configuration (e.g. other limits). */
    public static ApiServer start(AppConfig config) {
        return new ApiServer(create(config), false, Map.of());
    }

    private static AppConfig config(Map<String, String> environment) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.put("PORT", "0");
        all.put("DATA_DIR", Path.of("target/unused-data-dir").toString());
        return AppConfig.fromEnvironment(all);
    }

    private static Javalin create(AppConfig config) {
        return App.create(config, TestNeo4j.get().driver()).start(config.host(), 0);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /**
     * POSTs a query with variables as application/json and returns the parsed JSON body without
     * {@code extensions.cost} (which the limit tests check), so query tests can compare whole JSON.
     */
    public JsonNode graphql(String query, Map<String, Object> variables) {
        return graphql(query, variables, Map.of());
    }

    /** Like {@link #graphql(String, Map)} with extra headers, e.g. {@code Authorization}. */
    public JsonNode graphql(String query, Map<String, Object> variables, Map<String, String> headers) {
        String body = write(Map.of("query", query, "variables", variables));
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return withoutCost(post(body, all).body());
    }

    /** The parsed response without the cost report; drops {@code extensions} when nothing else is in it. */
    public static JsonNode withoutCost(String json) {
        JsonNode parsed = parse(json);
        if (parsed instanceof ObjectNode object && object.get("extensions") instanceof ObjectNode extensions) {
            extensions.remove("cost");
            if (extensions.isEmpty()) {
                object.remove("extensions");
            }
        }
        return parsed;
    }

    public JsonNode graphql(String query) {
        return graphql(query, Map.of());
    }

    public HttpResponse<String> post(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/graphql")))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build(), body);
    }

    public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET();
        headers.forEach(request::header);
        return send(request.build(), pathAndQuery);
    }

    /**
     * Sends a request; every JSON answer that reports a cost must have a requested cost of at least half its actual
     * cost (issue 12: the cost checked before a query runs may not be bypassed), or the test fails.
     */
    public HttpResponse<String> send(HttpRequest request) {
        return send(request, request.method() + " " + request.uri());
    }

    private HttpResponse<String> send(HttpRequest request, String sent) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            CostCheck.requestedIsAtLeastHalfOfActual(sent, response.body());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same JSON with every floating-point number rounded to {@code places} decimals, for whole-JSON comparisons
     * of scores that are sums whose last bits depend on the order of the summands.
     */
    public static JsonNode rounded(JsonNode json, int places) {
        JsonNode copy = json.deepCopy();
        roundInPlace(copy, places);
        return copy;
    }

    private static void roundInPlace(JsonNode node, int places) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                JsonNode value = object.get(name);
                if (value.isFloatingPointNumber()) {
                    object.put(name, new BigDecimal(value.asText()).setScale(places, RoundingMode.HALF_UP)
                            .doubleValue());
                }
                roundInPlace(value, places);
            });
        }
        if (node.isArray()) {
            node.forEach(element -> roundInPlace(element, places));
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
