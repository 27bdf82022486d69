package com.clientele.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clientele and @neo4j/graphql side by side on one Neo4j (bench/compare-neo4j-graphql.sh starts the three
 * processes): each query shape is first checked to give the same data on both, then both are loaded in turn at each
 * concurrency, and requests/s and CPU per request of each server and of the shared Neo4j are printed with the ratios.
 * {@code bench/run SideBySideBenchmark clientele=URL,PID neo4j-graphql=URL,PID neo4j=PID [seconds=10]
 * [warmup=20] [concurrency=1,8,32] [customer=C000001] [product=P0001] [region=CN-GD] [shapes=Q1,Q2,Q3,Q4]}
 */
public final class SideBySideBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        GraphqlEndpoint clientele = endpoint("clientele", options.get("clientele"));
        GraphqlEndpoint neo4jGraphql = endpoint("neo4j-graphql", options.get("neo4j-graphql"));
        ProcessCpu neo4j = new ProcessCpu(Long.parseLong(options.get("neo4j")));
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "10"));
        int[] concurrencies = Arrays.stream(options.getOrDefault("concurrency", "1,8,32").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<String> wanted = List.of(options.getOrDefault("shapes", "Q1,Q2,Q3,Q4").split(","));
        List<QueryShape> shapes = QueryShapes.all(options.getOrDefault("customer", "C000001"),
                options.getOrDefault("product", "P0001"), options.getOrDefault("region", "CN-GD")).stream()
                .filter(shape -> wanted.contains(shape.name())).toList();
        for (QueryShape shape : shapes) {
            verifySame(shape, clientele, neo4jGraphql);
        }
        warmUp(shapes, clientele, neo4jGraphql, neo4j, Double.parseDouble(options.getOrDefault("warmup", "20")));
        SideBySideReport report = new SideBySideReport();
        for (QueryShape shape : shapes) {
            for (int concurrency : concurrencies) {
                LoadRun.Result ours = load(clientele, shape.clientele(), concurrency, seconds, neo4j);
                LoadRun.Result theirs = load(neo4jGraphql, shape.neo4jGraphql(), concurrency, seconds, neo4j);
                report.add(shape, ours, theirs);
            }
        }
        report.print();
    }

    private static void verifySame(QueryShape shape, GraphqlEndpoint clientele, GraphqlEndpoint neo4jGraphql) {
        JsonNode ours = answer(clientele, shape.clientele());
        JsonNode theirs = answer(neo4jGraphql, shape.neo4jGraphql());
        if (!ours.equals(theirs)) {
            throw new IllegalStateException(shape.name() + ": the answers differ at "
                    + CanonicalJson.firstDifference("data", ours, theirs) + " (clientele vs neo4j-graphql)");
        }
        System.out.printf("%s (%s): same data on both, %d characters%n", shape.name(), shape.description(),
                ours.toString().length());
    }

    /** Every shape on both servers at concurrency 8 for the given seconds, so neither is measured cold (JIT). */
    private static void warmUp(List<QueryShape> shapes, GraphqlEndpoint clientele, GraphqlEndpoint neo4jGraphql,
            ProcessCpu neo4j, double seconds) throws Exception {
        for (QueryShape shape : shapes) {
            LoadRun.run(() -> clientele.data(shape.clientele().query(), shape.clientele().variables()), 8, seconds,
                    List.of(neo4j));
            LoadRun.run(() -> neo4jGraphql.data(shape.neo4jGraphql().query(), shape.neo4jGraphql().variables()), 8,
                    seconds, List.of(neo4j));
        }
        System.out.printf("warmed up: every shape on both servers, %.0f s each at concurrency 8%n", seconds);
    }

    private static JsonNode answer(GraphqlEndpoint endpoint, QueryShape.Side side) {
        return CanonicalJson.scalars(side.toCommonForm().apply(endpoint.data(side.query(), side.variables())));
    }

    /** A warm-up of half the time, then the measured run; CPU of the server, the Neo4j and this process. */
    private static LoadRun.Result load(GraphqlEndpoint endpoint, QueryShape.Side side, int concurrency,
            double seconds, ProcessCpu neo4j) throws Exception {
        Runnable request = () -> endpoint.data(side.query(), side.variables());
        List<ProcessCpu> watched = List.of(endpoint.process(), neo4j, ProcessCpu.self());
        LoadRun.run(request, concurrency, seconds / 2, watched);
        return LoadRun.run(request, concurrency, seconds, watched);
    }

    private static GraphqlEndpoint endpoint(String name, String urlAndPid) {
        if (urlAndPid == null) {
            throw new IllegalArgumentException("missing " + name + "=URL,PID");
        }
        String[] parts = urlAndPid.split(",");
        return new GraphqlEndpoint(name, URI.create(parts[0]), Long.parseLong(parts[1]));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] keyAndValue = arg.split("=", 2);
            options.put(keyAndValue[0], keyAndValue[1]);
        }
        return options;
    }
}
