package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsedDocumentsTest {

    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(
            new SchemaParser().parse("type Query { hello(name: String): String }"));

    private final ParsedDocuments documents = new ParsedDocuments(SCHEMA);

    private static ExecutionInput input(String query, Map<String, Object> variables) {
        return ExecutionInput.newExecutionInput().query(query).variables(variables).build();
    }

    @Test
    void theSameQueryTextIsParsedOnceWhateverItsVariables() {
        String query = "query($n: String) { hello(name: $n) }";
        PreparsedDocumentEntry first = documents.parsed(input(query, Map.of("n", "a")));
        PreparsedDocumentEntry again = documents.parsed(input(query, Map.of("n", "b")));
        assertFalse(first.hasErrors());
        assertSame(first.getDocument(), again.getDocument());
    }

    @Test
    void syntaxAndValidationErrorsAreReportedEveryTime() {
        for (String broken : new String[] {"{ hello(", "{ goodbye }"}) {
            assertTrue(documents.parsed(input(broken, Map.of())).hasErrors(), broken);
            assertTrue(documents.parsed(input(broken, Map.of())).hasErrors(), broken);
        }
        assertEquals("ValidationError", documents.parsed(input("{ goodbye }", Map.of())).getErrors().get(0)
                .getErrorType().toString());
    }

    @Test
    void longQueryTextsAreNotKept() {
        String longQuery = "{ hello }" + " ".repeat(ParsedDocuments.MAX_KEPT_QUERY_LENGTH);
        PreparsedDocumentEntry first = documents.parsed(input(longQuery, Map.of()));
        assertNotSame(first.getDocument(), documents.parsed(input(longQuery, Map.of())).getDocument());
        assertEquals(0, documents.size());
    }

    @Test
    void manyDifferentQueriesNeverGrowTheCacheBeyondItsBound() {
        for (int i = 0; i < ParsedDocuments.MAX_ENTRIES * 2 + 5; i++) {
            documents.parsed(input("{ a" + i + ": hello }", Map.of()));
        }
        assertTrue(documents.size() <= ParsedDocuments.MAX_ENTRIES, "size " + documents.size());
    }
}
