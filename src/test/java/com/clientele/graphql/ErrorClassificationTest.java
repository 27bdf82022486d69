package com.clientele.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every error a client can cause is worded for people (no graphql-java AST text such as {@code EnumValue{...}})
 * and classified by what went wrong: {@code extensions.classification} is always {@code extensions.code}.
 */
class ErrorClassificationTest {

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    private static JsonNode errors(String query, Map<String, Object> variables) {
        return api.graphql(query, variables).get("errors");
    }

    @Test
    void anUnknownEnumLiteralIsAValidationErrorWithoutAstText() {
        assertEquals(ApiServer.parse("""
                [{"message":"Validation error (WrongType@[segments]) : argument 'dimension' with value 'NOT_A_DIMENSION' is not a valid 'SegmentDimension' - Literal value not in allowable values for enum 'SegmentDimension' - 'NOT_A_DIMENSION'",
                  "locations":[{"line":1,"column":12}],
                  "extensions":{"code":"GRAPHQL_VALIDATION_FAILED","classification":"GRAPHQL_VALIDATION_FAILED"}}]"""),
                errors("{ segments(dimension: NOT_A_DIMENSION) { className } }", Map.of()));
    }

    @Test
    void aWronglyTypedInputObjectLiteralNamesTheValueAsWritten() {
        assertEquals(ApiServer.parse("""
                [{"message":"Validation error (WrongType@[upsertCustomer]) : argument 'input.birthYear' with value '\\"old\\"' is not a valid 'Int' - Expected an AST type of 'IntValue' but it was a 'StringValue'",
                  "locations":[{"line":1,"column":27}],
                  "extensions":{"code":"GRAPHQL_VALIDATION_FAILED","classification":"GRAPHQL_VALIDATION_FAILED"}}]"""),
                errors("mutation { upsertCustomer(input: {id: \"x\", birthYear: \"old\"}) { userErrors { code } } }",
                        Map.of()));
    }

    @Test
    void aBadVariableIsBadUserInput() {
        JsonNode errors = errors("query($dimension: SegmentDimension!) { segments(dimension: $dimension) { className } }",
                Map.of("dimension", "NOPE"));
        assertEquals("BAD_USER_INPUT", errors.at("/0/extensions/code").asText(), errors.toString());
        assertEquals("BAD_USER_INPUT", errors.at("/0/extensions/classification").asText(), errors.toString());
    }

    @Test
    void aSyntaxErrorIsAParseFailure() {
        JsonNode errors = errors("{ segments(", Map.of());
        assertEquals("GRAPHQL_PARSE_FAILED", errors.at("/0/extensions/code").asText(), errors.toString());
        assertEquals("GRAPHQL_PARSE_FAILED", errors.at("/0/extensions/classification").asText(), errors.toString());
    }

    @Test
    void somethingMissingIsNotFound() {
        assertEquals(ApiServer.parse("""
                [{"message":"to: there is no finished refresh with seq 999999","locations":[{"line":1,"column":3}],
                  "path":["segmentTransitions"],"extensions":{"code":"NOT_FOUND","classification":"NOT_FOUND"}}]"""),
                errors("{ segmentTransitions(dimension: VALUE_TIER, to: {refreshSeq: 999999}) { dimension } }",
                        Map.of()));
    }
}
