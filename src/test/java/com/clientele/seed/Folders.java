package com.clientele.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Compares two folders file by file, byte by byte (test support). */
final class Folders {

    private Folders() {
    }

    /** The differences between two folders: missing, extra or differing files; empty when identical. */
    static List<String> differences(Path expected, Path actual) throws IOException {
        List<String> expectedFiles = files(expected);
        List<String> actualFiles = files(actual);
        List<String> differences = new ArrayList<>();
        if (!expectedFiles.equals(actualFiles)) {
            differences.add("files differ: " + expectedFiles + " vs " + actualFiles);
        }
        for (String file : expectedFiles) {
            Path other = actual.resolve(file);
            if (Files.exists(other) && Files.mismatch(expected.resolve(file), other) != -1) {
                differences.add(file + " differs at byte " + Files.mismatch(expected.resolve(file), other));
            }
        }
        return differences;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
