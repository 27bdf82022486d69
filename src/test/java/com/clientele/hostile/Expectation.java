package com.clientele.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one request's answer must look like beyond the rules every answer follows (see {@link AnswerRules}): only
 * where issue 12 or the API's documentation says so. Empty when the answer fits, else what is wrong.
 */
@FunctionalInterface
interface Expectation {

    Optional<String> mismatch(Answer answer);

    /** True when hanging up without an answer is acceptable (the client broke the framing and half-closed). */
    default boolean allowsNoAnswer() {
        return false;
    }

    static Expectation none() {
        return answer -> Optional.empty();
    }

    /** One of the statuses, or no answer at all (a server may hang up on a request whose framing is broken). */
    static Expectation statusOrHangUp(int... allowed) {
        Expectation status = status(allowed);
        return new Expectation() {
            @Override
            public Optional<String> mismatch(Answer answer) {
                return status.mismatch(answer);
            }

            @Override
            public boolean allowsNoAnswer() {
                return true;
            }
        };
    }

    static Expectation status(int... allowed) {
        return answer -> Arrays.stream(allowed).anyMatch(status -> status == answer.status()) ? Optional.empty()
                : Optional.of("expected status " + Arrays.toString(allowed) + ", got " + answer.status());
    }

    /** The answer carries an error with one of these codes (at any status). */
    static Expectation errorCode(String... codes) {
        Set<String> wanted = Set.of(codes);
        return answer -> answer.hasErrorCode(wanted) ? Optional.empty()
                : Optional.of("expected an error with code " + wanted + ", got status " + answer.status());
    }

    /** Refused before anything ran: one of the codes, and no data. */
    static Expectation refused(String... codes) {
        Expectation coded = errorCode(codes);
        return answer -> coded.mismatch(answer).or(() -> hasData(answer)
                ? Optional.of("expected no data for a refused request") : Optional.empty());
    }

    /** The status and an error code, e.g. 401 UNAUTHENTICATED. */
    static Expectation statusAndCode(int status, String code) {
        return all(status(status), errorCode(code));
    }

    /** 200 in the given media type. */
    static Expectation answeredIn(String mediaType) {
        return answer -> answer.status() == 200 && answer.contentType().startsWith(mediaType) ? Optional.empty()
                : Optional.of("expected 200 in " + mediaType + ", got " + answer.status() + " "
                        + answer.contentType());
    }

    /** 200 with data and no errors. */
    static Expectation answered() {
        return answer -> answer.status() == 200 && hasData(answer) && answer.errors().isEmpty() ? Optional.empty()
                : Optional.of("expected a normal answer, got status " + answer.status());
    }

    static Expectation all(Expectation... expectations) {
        List<Expectation> list = List.of(expectations);
        return answer -> list.stream().map(expectation -> expectation.mismatch(answer)).flatMap(Optional::stream)
                .findFirst();
    }

    private static boolean hasData(Answer answer) {
        JsonNode data = answer.json().map(json -> json.path("data")).orElse(null);
        if (data == null || !data.isObject()) {
            return false;
        }
        for (JsonNode value : data) {
            if (!value.isNull()) {
                return true;
            }
        }
        return false;
    }
}
