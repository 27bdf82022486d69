package com.clientele.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One ```graphql block of the documentation: the file, the line its fence opens on, and its text. */
record GraphqlExample(Path file, int line, String text) {

    private static final String FENCE = "```graphql";

    /** Every ```graphql block of README.md and of the pages under docs/, in file order. */
    static List<GraphqlExample> inTheDocs() {
        List<GraphqlExample> examples = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("docs"))) {
            List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
            pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(files::add);
            for (Path file : files) {
                examples.addAll(in(file, Files.readAllLines(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    private static List<GraphqlExample> in(Path file, List<String> lines) {
        List<GraphqlExample> examples = new ArrayList<>();
        int opened = -1;
        StringBuilder text = new StringBuilder();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (opened < 0 && line.trim().equals(FENCE)) {
                opened = number;
                text.setLength(0);
            } else if (opened >= 0 && line.trim().equals("```")) {
                examples.add(new GraphqlExample(file, opened, text.toString()));
                opened = -1;
            } else if (opened >= 0) {
                text.append(line).append('\n');
            }
        }
        return examples;
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
