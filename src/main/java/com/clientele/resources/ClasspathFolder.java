package com.clientele.resources;

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
 * Reads every text file with a given extension below a folder on the classpath, from a directory during development
 * or from inside the jar, into a sorted map from relative name (without extension) to content.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    public static Map<String, String> readAll(String folder, String extension) {
        URI root = uriOf(folder);
        if (!"jar".equals(root.getScheme())) {
            return readTree(Path.of(root), extension);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
            return readTree(jar.getPath(folder), extension);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + root, e);
        }
    }

    private static URI uriOf(String folder) {
        var url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no " + folder + "/ folder on the classpath");
        }
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath location " + url, e);
        }
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
