package com.clientele.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clientele.support.ApiServer;
import com.clientele.support.TestNeo4j;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12 point 10: only application/json bodies (415 otherwise), one JSON object without duplicate keys, members
 * of the right types, and Accept with its quality values honoured (q=0 is "not acceptable", 406 when nothing is).
 */
class StrictHttpParsingTest {

    private static final String VALID = "{\"query\":\"{ __typename }\"}";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @RegisterExtension
    static final ApiServer api = ApiServer.forTestClass();

    @BeforeAll
    static void start() {
        TestNeo4j.get().empty();
    }

    private static String refused(int status, String message) {
        return status + " " + ApiServer.parse(ApiServer.write(Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of("code", "BAD_REQUEST"))))));
    }

    private static String answer(HttpResponse<String> response) {
        return response.statusCode() + " " + ApiServer.withoutCost(response.body());
    }

    private static HttpResponse<String> accepting(String accept) {
        return api.post(VALID, Map.of("Content-Type", "application/json", "Accept", accept));
    }

    @Test
    void aContentTypeThatOnlyStartsWithApplicationJsonIsUnsupported() {
        assertEquals(refused(415, "send the request as Content-Type: application/json"),
                answer(api.post(VALID, Map.of("Content-Type", "application/jsonx"))));
    }

    @Test
    void twoConcatenatedJsonObjectsAreABadRequest() {
        assertEquals(refused(400, "the request body is not valid JSON (line 1, column 27): more than one JSON value"),
                answer(api.post(VALID + VALID, JSON)));
    }

    @Test
    void aDuplicateQueryKeyIsABadRequest() {
        assertEquals(refused(400, "the request body is not valid JSON (line 1, column 34): a key appears twice"),
                answer(api.post("{\"query\":\"{ __typename }\",\"query\":\"{ x }\"}", JSON)));
    }

    @Test
    void extensionsThatAreNotAnObjectAreABadRequest() {
        for (String extensions : List.of("\"x\"", "5", "[1]", "true")) {
            assertEquals(refused(400, "`extensions` must be a JSON object"), answer(api.post(
                    "{\"query\":\"{ __typename }\",\"extensions\":" + extensions + "}", JSON)), extensions);
        }
    }

    @Test
    void anOperationNameThatIsNotAStringIsABadRequest() {
        assertEquals(refused(400, "`operationName` must be a string"),
                answer(api.post("{\"query\":\"{ __typename }\",\"operationName\":{}}", JSON)));
    }

    @Test
    void variablesThatAreAStringAreABadRequest() {
        assertEquals(refused(400, "`variables` must be a JSON object"),
                answer(api.post("{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", JSON)));
    }

    @Test
    void aRefusedGraphqlResponseTypeLeavesPlainJson() {
        HttpResponse<String> response = accepting("application/graphql-response+json;q=0, application/json");
        assertEquals("200 application/json", response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void jsonWithQualityZeroIsNotAcceptable() {
        String notAcceptable = refused(406, "this endpoint answers application/graphql-response+json or"
                + " application/json");
        for (String accept : List.of("application/json; q=0.0", "application/graphql-response+json;q=0",
                "*/*;q=0", "application/json;q=0, application/graphql-response+json;q=0")) {
            assertEquals(notAcceptable, answer(accepting(accept)), accept);
        }
    }

    @Test
    void aWildcardWithQualityZeroDoesNotRefuseJsonNamedExplicitly() {
        assertEquals(200, accepting("application/json, */*;q=0").statusCode());
    }
}
