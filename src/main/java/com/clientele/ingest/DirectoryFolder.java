package com.clientele.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** CSV files in a directory on disk. */
record DirectoryFolder(Path directory) implements CsvFolder {

    @Override
    public Optional<CsvInput> open(String fileName) throws IOException {
        Path file = directory.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new CsvInput(fileName, Files.newInputStream(file), Files.size(file)));
    }

    @Override
    public String describe() {
        return directory.toAbsolutePath().normalize().toString();
    }
}
