package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Money argument ({@code customersByClv(minPredictedValue:)}) that is not an amount is refused with a clear
 * message before anything runs: a literal as a validation error, a variable as BAD_USER_INPUT; never a 500.
 */
class MoneyArgumentsTest {

    private static final String LITERAL = "{ customersByClv(minPredictedValue: %s) { totalCount } }";
    private static final String VARIABLE = "query($min: Money) { customersByClv(minPredictedValue: $min) { totalCount } }";

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static JsonNode literal(String value) {
        return api.graphql(String.format(LITERAL, value), Map.of());
    }

    @Test
    void aMoneyLiteralThatIsNoNumberIsAValidationErrorNotAServerError() {
        JsonNode answer = literal("\"C000012\"");
        assertEquals("GRAPHQL_VALIDATION_FAILED", answer.at("/errors/0/extensions/code").asText(), answer.toString());
        assertTrue(answer.at("/errors/0/message").asText().contains("Money must be a number, was 'C000012'"),
                answer.toString());
        assertTrue(answer.path("data").isMissingNode() || answer.path("data").isNull(), answer.toString());
    }

    @Test
    void aMoneyVariableThatIsNoNumberIsBadUserInput() {
        JsonNode answer = api.graphql(VARIABLE, Map.of("min", "C000012"));
        assertEquals("BAD_USER_INPUT", answer.at("/errors/0/extensions/code").asText(), answer.toString());
        assertTrue(answer.at("/errors/0/message").asText().contains("Money must be a number, was 'C000012'"),
                answer.toString());
    }

    @Test
    void anAmountBeyondEveryDoubleIsRefusedAsLiteralAndAsVariable() {
        JsonNode literal = literal("\"1e400\"");
        assertEquals("GRAPHQL_VALIDATION_FAILED", literal.at("/errors/0/extensions/code").asText(), literal.toString());
        assertTrue(literal.at("/errors/0/message").asText().contains("Money must be a finite amount"),
                literal.toString());
        JsonNode variable = api.graphql(VARIABLE, Map.of("min", "-1e400"));
        assertEquals("BAD_USER_INPUT", variable.at("/errors/0/extensions/code").asText(), variable.toString());
        assertTrue(variable.at("/errors/0/message").asText().contains("Money must be a finite amount"),
                variable.toString());
    }

    @Test
    void aTinyAmountIsZeroAndAnOrdinaryOneIsAnswered() {
        for (String value : Map.of("a", "\"1e-999999999\"", "b", "12.345", "c", "0").values()) {
            JsonNode answer = literal(value);
            assertTrue(answer.path("errors").isMissingNode(), value + ": " + answer);
        }
    }
}
