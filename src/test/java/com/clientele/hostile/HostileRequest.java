package com.clientele.hostile;

import com.clientele.support.ApiServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated hostile request: its family, a short description for the report, the HTTP method, path, headers
 * (in order, duplicates allowed), body, whether it must go over a raw socket (framing the HTTP client refuses to
 * produce) and what, beyond the general rules, its answer must look like.
 */
record HostileRequest(Family family, String description, String method, String path,
        List<Map.Entry<String, String>> headers, Payload payload, boolean raw, Expectation expectation) {

    static final String PATH = "/graphql";

    /** A POST of {@code {query, variables}} as application/json with the given Authorization (null: none). */
    static HostileRequest graphql(Family family, String description, String authorization, String query,
            Map<String, Object> variables, Expectation expectation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (!variables.isEmpty()) {
            body.put("variables", variables);
        }
        return post(family, description, authorization, ApiServer.write(body), expectation);
    }

    static HostileRequest graphql(Family family, String description, String authorization, String query,
            Expectation expectation) {
        return graphql(family, description, authorization, query, Map.of(), expectation);
    }

    /** A POST of a ready body as application/json. */
    static HostileRequest post(Family family, String description, String authorization, String body,
            Expectation expectation) {
        return new HostileRequest(family, description, "POST", PATH, headers("Content-Type", "application/json",
                "Authorization", authorization), Payload.of(body), false, expectation);
    }

    /** Header pairs from alternating names and values; a null value leaves the header out. */
    static List<Map.Entry<String, String>> headers(String... namesAndValues) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int index = 0; index + 1 < namesAndValues.length; index += 2) {
            if (namesAndValues[index + 1] != null) {
                headers.add(Map.entry(namesAndValues[index], namesAndValues[index + 1]));
            }
        }
        return headers;
    }

    HostileRequest withHeader(String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(headers);
        changed.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        changed.add(Map.entry(name, value));
        return new HostileRequest(family, description, method, path, changed, payload, raw, expectation);
    }

    HostileRequest overRawSocket() {
        return new HostileRequest(family, description, method, path, headers, payload, true, expectation);
    }

    HostileRequest withPayload(Payload changed) {
        return new HostileRequest(family, description, method, path, headers, changed, raw, expectation);
    }

    HostileRequest withMethod(String changedMethod, String changedPath) {
        return new HostileRequest(family, description, changedMethod, changedPath, headers, payload, raw,
                expectation);
    }

    /** The description with the method, body size and transport, for the failure report. */
    String summary() {
        String body = payload == null ? "no body" : payload.summary();
        return description + " [" + method + " " + abbreviated(path) + ", " + body + (raw ? ", raw socket" : "")
                + "]";
    }

    static String abbreviated(String text) {
        return abbreviated(text, 120);
    }

    static String abbreviated(String text, int maximum) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= maximum ? printable : printable.substring(0, maximum - 3) + "...";
    }
}
