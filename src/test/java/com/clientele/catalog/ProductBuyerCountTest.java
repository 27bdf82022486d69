package com.clientele.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Product.buyerCount on the seed merchant, against the seed CSV files read independently of the import. */
@UsesDataset(SeedGraph.DATASET)
class ProductBuyerCountTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void loadTheSeedGraph() {
        SeedGraph.load();
    }

    @Test
    void theFirstPageOfProductsShowsHowManyDistinctCustomersOrderedEach() throws IOException {
        Map<String, Set<String>> buyers = buyersFromSeedFiles();
        List<String> firstTwenty = Files.readAllLines(Path.of("seed-data/products.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).sorted().limit(20).toList();
        String expected = firstTwenty.stream()
                .map(id -> "{\"node\":{\"id\":\"" + id + "\",\"buyerCount\":" + buyers.getOrDefault(id, Set.of()).size()
                        + "}}")
                .collect(Collectors.joining(",", "{\"data\":{\"products\":{\"edges\":[", "]}}}"));
        JsonNode answer = api.graphql("{ products(first: 20) { edges { node { id buyerCount } } } }");
        assertEquals(ApiServer.parse(expected), answer);
    }

    private static Map<String, Set<String>> buyersFromSeedFiles() throws IOException {
        Map<String, String> customerOfOrder = new HashMap<>();
        List<String> orders = Files.readAllLines(Path.of("seed-data/orders.csv"));
        for (String line : orders.subList(1, orders.size())) {
            String[] cells = line.split(",");
            customerOfOrder.put(cells[0], cells[1]);
        }
        Map<String, Set<String>> buyers = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of("seed-data/order_lines.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            buyers.computeIfAbsent(cells[2], product -> new HashSet<>()).add(customerOfOrder.get(cells[0]));
        }
        return buyers;
    }
}
