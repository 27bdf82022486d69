package com.clientele.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.clientele.support.SeedGraph;
import com.clientele.support.UsesDataset;
import com.fasterxml.jackson.databind.JsonNode;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every ```graphql example of README.md and docs/ runs as written against the seed server (the production wiring
 * over HTTP): each block is one document, each of its operations is run by name in the order written, and none
 * answers an error or a user error. Mutations change the graph, so the next test class reloads it.
 */
@UsesDataset(SeedGraph.DATASET)
class DocExamplesTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClassThatChangesTheGraph();

    @BeforeAll
    static void seedGraph() {
        SeedGraph.load();
    }

    @Test
    void theDocsHaveExamplesToRun() {
        assertTrue(GraphqlExample.inTheDocs().size() >= 7, GraphqlExample.inTheDocs().toString());
    }

    @TestFactory
    List<DynamicTest> everyGraphqlExampleRunsAsWrittenWithoutErrors() {
        return GraphqlExample.inTheDocs().stream()
                .map(example -> DynamicTest.dynamicTest(example.toString(), () -> runEveryOperation(example)))
                .toList();
    }

    private static void runEveryOperation(GraphqlExample example) {
        Document document;
        try {
            document = Parser.parse(example.text());
        } catch (InvalidSyntaxException e) {
            throw new AssertionError(example + " is not a GraphQL document: " + e.getMessage(), e);
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        assertTrue(!operations.isEmpty(), example + " holds no operation");
        operations.forEach(operation -> run(example, operation, operations.size()));
    }

    private static void run(GraphqlExample example, OperationDefinition operation, int operationsInBlock) {
        assertTrue(operationsInBlock == 1 || operation.getName() != null,
                example + ": a block with several operations must name each of them");
        Map<String, Object> body = new HashMap<>();
        body.put("query", example.text());
        if (operation.getName() != null) {
            body.put("operationName", operation.getName());
        }
        JsonNode answer = ApiServer.withoutCost(api.post(ApiServer.write(body),
                Map.of("Content-Type", "application/json")).body());
        assertEquals(null, answer.get("errors"), example + " answered " + answer);
        assertTrue(answer.get("data") != null && !answer.get("data").isNull(), example + " answered " + answer);
        List<String> userErrors = new ArrayList<>();
        answer.get("data").findValues("userErrors").forEach(errors -> errors.forEach(error ->
                userErrors.add(error.toString())));
        assertEquals(List.of(), userErrors, example + " answered " + answer);
    }
}
