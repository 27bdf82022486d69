package com.clientele.hostile;

import com.clientele.hostile.Failure.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules every answer to every hostile request follows: an HTTP answer below 500; every GraphQL error with an
 * extensions.code, none INTERNAL, none showing internals; a requested cost at least half the actual cost; and the
 * request's own expectation.
 */
final class AnswerRules {

    private AnswerRules() {
    }

    static List<Failure> check(HostileRequest request, Answer answer) {
        List<Failure> failures = new ArrayList<>();
        if (answer.status() == 0 && request.expectation().allowsNoAnswer()) {
            return failures;
        }
        if (answer.status() == 0) {
            failures.add(Failure.of(request, Kind.NO_RESPONSE, answer, "no HTTP answer"));
            return failures;
        }
        if (answer.status() >= 500) {
            failures.add(Failure.of(request, Kind.SERVER_ERROR, answer, "status " + answer.status()));
        }
        if (answer.json().isEmpty()) {
            ErrorHygiene.leak(answer.body()).ifPresent(leak -> failures.add(Failure.of(request, Kind.LEAK, answer,
                    "non-JSON body " + leak)));
        }
        for (JsonNode error : answer.errors()) {
            checkError(request, answer, error, failures);
        }
        undercharged(answer).ifPresent(detail -> failures.add(Failure.of(request, Kind.UNDERCHARGED, answer,
                detail)));
        request.expectation().mismatch(answer).ifPresent(detail -> failures.add(Failure.of(request,
                Kind.WRONG_ANSWER, answer, detail)));
        return onePerKind(failures);
    }

    /** One failure per kind and request: an answer with 100 unclassified errors counts once. */
    private static List<Failure> onePerKind(List<Failure> failures) {
        java.util.Map<Kind, Failure> first = new java.util.LinkedHashMap<>();
        failures.forEach(failure -> first.putIfAbsent(failure.kind(), failure));
        return List.copyOf(first.values());
    }

    private static void checkError(HostileRequest request, Answer answer, JsonNode error, List<Failure> failures) {
        String code = error.path("extensions").path("code").asText("");
        if (code.isEmpty()) {
            failures.add(Failure.of(request, Kind.NO_CODE, answer, "an error without extensions.code"));
        }
        if (code.equals("INTERNAL")) {
            failures.add(Failure.of(request, Kind.INTERNAL_ERROR, answer, "an INTERNAL error"));
        }
        String classification = error.path("extensions").path("classification").asText("");
        if (classification.contains("Exception")) {
            failures.add(Failure.of(request, Kind.CLASSIFIED_AS_EXCEPTION, answer, "extensions.classification "
                    + classification));
        }
        JsonNode extensions = error.path("extensions").deepCopy();
        if (extensions instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("classification");
        }
        String shown = error.path("message").asText("") + " " + extensions;
        ErrorHygiene.leak(shown).ifPresent(leak -> failures.add(Failure.of(request, Kind.LEAK, answer,
                "error message " + leak)));
    }

    private static Optional<String> undercharged(Answer answer) {
        JsonNode cost = answer.json().map(json -> json.path("extensions").path("cost")).orElse(null);
        if (cost == null || !cost.path("actualQueryCost").isNumber()) {
            return Optional.empty();
        }
        long requested = cost.path("requestedQueryCost").asLong();
        long actual = cost.path("actualQueryCost").asLong();
        return requested * 2 >= actual ? Optional.empty()
                : Optional.of("requestedQueryCost " + requested + " < half of actualQueryCost " + actual);
    }
}
