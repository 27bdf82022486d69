package com.clientele.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The public datasets in ../shared/datasets. A clone without them skips the tests that need them, saying why;
 * under CI (CI=true) a missing dataset fails the run instead of silently skipping.
 */
public final class SharedDatasets {

    private SharedDatasets() {
    }

    public static Path require(String relative) {
        Path root = Path.of(System.getProperty("shared.datasets", "../shared/datasets"));
        Path file = root.resolve(relative);
        if (Files.isRegularFile(file)) {
            return file;
        }
        String message = "dataset " + file.toAbsolutePath() + " is missing (it lives in ../shared/datasets beside the clone)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + "; under CI it must be present");
        }
        Assumptions.abort(message + "; skipping");
        return file;
    }
}
