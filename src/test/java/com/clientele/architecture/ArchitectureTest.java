package com.clientele.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked over src/main/java: arrows point down. The composition root (cli, app)
 * may use anything; features use features below them and the infrastructure; the infrastructure uses only the
 * infrastructure. No two packages may reach each other (no cycle).
 */
class ArchitectureTest {

    private static final Set<String> COMPOSITION = Set.of("cli", "app");
    private static final Set<String> INFRASTRUCTURE = Set.of("graphql", "web", "neo4j", "auth", "limits",
            "resources", "vocabulary");

    private final PackageGraph graph = PackageGraph.read(Path.of("src/main/java"));

    @Test
    void noTwoPackagesImportEachOtherDirectlyOrRoundAbout() {
        assertEquals(List.of(), graph.cycles());
    }

    @Test
    void theInfrastructureImportsNeitherAFeatureNorTheCompositionRoot() {
        List<String> upward = new ArrayList<>();
        for (String from : INFRASTRUCTURE) {
            graph.arrowsFrom(from).forEach((to, files) -> {
                if (!INFRASTRUCTURE.contains(to)) {
                    upward.add(from + " -> " + to + " " + PackageGraph.sorted(files));
                }
            });
        }
        assertEquals(List.of(), upward.stream().sorted().toList());
    }

    @Test
    void noFeatureImportsTheCompositionRoot() {
        List<String> upward = new ArrayList<>();
        for (String from : graph.packages()) {
            if (COMPOSITION.contains(from) || INFRASTRUCTURE.contains(from)) {
                continue;
            }
            for (Map.Entry<String, Set<String>> arrow : graph.arrowsFrom(from).entrySet()) {
                if (COMPOSITION.contains(arrow.getKey()) || arrow.getKey().equals("(root)")) {
                    upward.add(from + " -> " + arrow.getKey() + " " + PackageGraph.sorted(arrow.getValue()));
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void theProductionCypherHasNoTestOnlyStatements() {
        assertFalse(Files.exists(Path.of("cypher/test-support")),
                "test-only Cypher belongs in src/test/resources/cypher/test-support, not in the jar");
    }

    @Test
    void noLambdaParameterIsASingleLetterExceptAnIndex() {
        assertEquals(List.of(), LambdaParameters.singleLetterOnesUnder(Path.of("src/main/java"),
                Path.of("src/test/java")));
    }

    @Test
    void everyPackageIsNamedInALayer() {
        List<String> unplaced = graph.packages().stream()
                .filter(name -> !COMPOSITION.contains(name) && !INFRASTRUCTURE.contains(name))
                .filter(name -> !Features.NAMES.contains(name))
                .toList();
        assertEquals(List.of(), unplaced);
    }
}
