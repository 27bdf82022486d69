package com.clientele.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What no error a client sees may contain: Java class names, exceptions, stack frames, Cypher, Neo4j status codes,
 * graphql-java AST text. The generator never puts these words into its own inputs, so an echo cannot trip them.
 */
final class ErrorHygiene {

    private static final Map<String, Pattern> FORBIDDEN = new LinkedHashMap<>();

    static {
        FORBIDDEN.put("a Java class name",
                Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io|graphql)\\.(?:[a-z_][\\w$]*\\.)+[A-Za-z_$]"));
        FORBIDDEN.put("an exception", Pattern.compile("Exception|Throwable|\\bCaused by\\b"));
        FORBIDDEN.put("a stack frame", Pattern.compile("\\bat [\\w$.]+\\(|\\.java:\\d+"));
        FORBIDDEN.put("Cypher", Pattern.compile("\\b(?:MATCH|MERGE|UNWIND|DETACH)\\b"));
        FORBIDDEN.put("a Neo4j status code", Pattern.compile("\\bNeo\\.(?:ClientError|DatabaseError|TransientError)"));
        FORBIDDEN.put("graphql-java AST text", Pattern.compile("\\b[A-Z][A-Za-z]*\\{[a-zA-Z]+="));
    }

    private ErrorHygiene() {
    }

    /** What forbidden thing {@code text} shows, with the matching excerpt; empty when it is clean. */
    static Optional<String> leak(String text) {
        for (Map.Entry<String, Pattern> rule : FORBIDDEN.entrySet()) {
            java.util.regex.Matcher found = rule.getValue().matcher(text);
            if (found.find()) {
                int from = Math.max(0, found.start() - 40);
                int to = Math.min(text.length(), found.end() + 40);
                return Optional.of("shows " + rule.getKey() + ": ..." + text.substring(from, to) + "...");
            }
        }
        return Optional.empty();
    }
}
