package com.clientele.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every Cypher statement of the application, read once from {@code cypher/} on the classpath.
 * Statements are named by their path without extension, e.g. {@code customer/by-ids}.
 * Asking for a name that does not exist fails, so a typo shows at start-up, not on a request.
 */
public final class CypherCatalog {

    private static final String ROOT = "cypher";

    private final Map<String, String> statements;

    private CypherCatalog(Map<String, String> statements) {
        this.statements = Map.copyOf(statements);
    }

    public static CypherCatalog fromClasspath() {
        URI root = rootUri();
        if (!"jar".equals(root.getScheme())) {
            return new CypherCatalog(readTree(Path.of(root)));
        }
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
            return new CypherCatalog(readTree(jar.getPath(ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Cypher statements in " + root, e);
        }
    }

    /** The statement with this name; throws if there is none. */
    public String get(String name) {
        String statement = statements.get(name);
        if (statement == null) {
            throw new IllegalStateException("no Cypher statement named '" + name + "' under cypher/");
        }
        return statement;
    }

    /** All statement names under a folder, sorted, e.g. {@code names("schema")}. */
    public Stream<String> namesUnder(String folder) {
        return statements.keySet().stream().filter(name -> name.startsWith(folder + "/")).sorted();
    }

    public int size() {
        return statements.size();
    }

    private static URI rootUri() {
        var url = CypherCatalog.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("no cypher/ folder on the classpath");
        }
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath location " + url, e);
        }
    }

    private static Map<String, String> readTree(Path root) {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".cypher"))
                    .forEach(file -> found.put(nameOf(root, file), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Cypher statements under " + root, e);
        }
        return found;
    }

    private static String nameOf(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".cypher".length());
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.startsWith("//")) {
                throw new IllegalStateException(file + " must start with a `// intent` comment line");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
