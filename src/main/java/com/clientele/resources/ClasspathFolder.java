package com.clientele.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The application's classpath folders ({@code cypher/}, {@code schema/}, {@code seed-data/}), in development
 * directories or inside the jar. A folder may be spread over several classpath roots (the test-only Cypher of
 * {@code src/test/resources/cypher/test-support} joins the production {@code cypher/} in tests): every root counts,
 * and a name found under two roots with different texts is an error (the same text twice, as a stale copy left in
 * target/classes by an incremental build, counts once).
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** Every text file with this extension below the folder, as relative name (without extension) → content. */
    public static Map<String, String> readAll(String folder, String extension) {
        Map<String, String> found = new TreeMap<>();
        for (URI root : urisOf(folder)) {
            readRoot(root, folder, extension).forEach((name, text) -> {
                String before = found.putIfAbsent(name, text);
                if (before != null && !before.equals(text)) {
                    throw new IllegalStateException(folder + "/" + name + extension + " is on the classpath twice, with different texts");
                }
            });
        }
        return found;
    }

    /** One file of a folder, from the first classpath root that has it. */
    public static Optional<URL> file(String folder, String fileName) {
        return Optional.ofNullable(ClasspathFolder.class.getClassLoader().getResource(folder + "/" + fileName));
    }

    private static Map<String, String> readRoot(URI root, String folder, String extension) {
        if (!"jar".equals(root.getScheme())) {
            return readTree(Path.of(root), extension);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
            return readTree(jar.getPath(folder), extension);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + root, e);
        }
    }

    private static List<URI> urisOf(String folder) {
        List<URI> roots = new ArrayList<>();
        try {
            Enumeration<URL> urls = ClasspathFolder.class.getClassLoader().getResources(folder);
            while (urls.hasMoreElements()) {
                roots.add(urls.nextElement().toURI());
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder + "/ on the classpath", e);
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException("no " + folder + "/ folder on the classpath");
        }
        return roots;
    }
    private static Map<String, String> readTree(Path root, String extension) {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(extension))
                    .forEach(file -> found.put(nameOf(root, file, extension), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
        return found;
    }

    private static String nameOf(Path root, Path file, String extension) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - extension.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
