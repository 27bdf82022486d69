package com.clientele.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The import graph between the packages under a source root, as ../shared/tools/package-cycles.py reads it: every
 * explicit import and fully qualified name of a class of {@code com.clientele} counts, in code and comments alike.
 * Packages are named without the {@code com.clientele.} prefix; each arrow remembers the files that draw it.
 */
final class PackageGraph {

    private static final String BASE = "com.clientele";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern REFERENCE = Pattern.compile("\\b" + Pattern.quote(BASE)
            + "((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    /** package → package it uses → the files (simple names) that use it. */
    private final Map<String, Map<String, Set<String>>> arrows = new TreeMap<>();

    static PackageGraph read(Path sourceRoot) {
        PackageGraph graph = new PackageGraph();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(graph::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private void add(Path file) {
        String text = textOf(file);
        Matcher declared = PACKAGE.matcher(text);
        if (!declared.find()) {
            return;
        }
        String from = shortName(declared.group(1));
        Map<String, Set<String>> targets = arrows.computeIfAbsent(from, name -> new TreeMap<>());
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            String to = shortName(BASE + reference.group(1));
            if (!to.equals(from)) {
                targets.computeIfAbsent(to, name -> new TreeSet<>()).add(file.getFileName().toString());
            }
        }
    }

    Set<String> packages() {
        return arrows.keySet();
    }

    Map<String, Set<String>> arrowsFrom(String from) {
        return arrows.getOrDefault(from, Map.of());
    }

    /** The strongly connected components of more than one package, each sorted (Tarjan's algorithm). */
    List<List<String>> cycles() {
        return new StrongComponents(arrows).withMoreThanOnePackage();
    }

    private static String shortName(String pkg) {
        return pkg.equals(BASE) ? "(root)" : pkg.substring(BASE.length() + 1);
    }

    private static String textOf(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sorted copy, for messages. */
    static List<String> sorted(Set<String> names) {
        return new ArrayList<>(new TreeSet<>(names));
    }
}
