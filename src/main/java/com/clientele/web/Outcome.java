package com.clientele.web;

/**
 * The outcome the request log and the metrics report for a request: taken from the HTTP status actually sent, so
 * an answer that ended as a 5xx is never counted as OK (issue 12 point 11). Below 400 it is the GraphQL outcome
 * (OK or the first error's code); at 400 and above the recorded error code when there is one, else one the status
 * names.
 */
final class Outcome {

    private Outcome() {
    }

    static String of(int status, String recorded) {
        boolean hasCode = recorded != null && !recorded.equals("OK");
        if (status >= 500) {
            return hasCode && !recorded.equals("BAD_REQUEST") ? recorded : "INTERNAL";
        }
        if (status >= 400) {
            return hasCode ? recorded : forStatus(status);
        }
        return recorded == null ? "OK" : recorded;
    }

    private static String forStatus(int status) {
        return switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 429 -> "THROTTLED";
            default -> "BAD_REQUEST";
        };
    }
}
