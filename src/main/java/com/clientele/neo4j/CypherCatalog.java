package com.clientele.neo4j;

import com.clientele.resources.ClasspathFolder;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every Cypher statement of the application, read once from {@code cypher/} on the classpath.
 * Statements are named by their path without extension, e.g. {@code customer/page}.
 * Asking for a name that does not exist fails, so a typo shows at start-up or in the first test, not in production.
 */
public final class CypherCatalog {

    private final Map<String, String> statements;

    private CypherCatalog(Map<String, String> statements) {
        statements.forEach(CypherCatalog::requireIntentLine);
        this.statements = Map.copyOf(statements);
    }

    public static CypherCatalog fromClasspath() {
        return new CypherCatalog(ClasspathFolder.readAll("cypher", ".cypher"));
    }

    /** The statement with this name; throws if there is none. */
    public String get(String name) {
        String statement = statements.get(name);
        if (statement == null) {
            throw new IllegalStateException("no Cypher statement named '" + name + "' under cypher/");
        }
        return statement;
    }

    /** All statement names under a folder, sorted, e.g. {@code namesUnder("schema")}. */
    public Stream<String> namesUnder(String folder) {
        return statements.keySet().stream().filter(name -> name.startsWith(folder + "/")).sorted();
    }

    public int size() {
        return statements.size();
    }

    private static void requireIntentLine(String name, String statement) {
        if (!statement.startsWith("// intent")) {
            throw new IllegalStateException("cypher/" + name + ".cypher must start with a `// intent` line");
        }
    }
}
