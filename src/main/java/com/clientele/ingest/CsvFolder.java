package com.clientele.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of a clientele-format import come from: a directory on disk or a folder on the classpath. */
public interface CsvFolder {

    /** Opens the named file, or returns empty when the folder has no such file. */
    Optional<CsvInput> open(String fileName) throws IOException;

    /** Where the files are, for reports and the Dataset record. */
    String describe();

    static CsvFolder directory(Path directory) {
        return new DirectoryFolder(directory);
    }

    /** A classpath folder such as {@code seed-data}. */
    static CsvFolder classpath(String folder) {
        return new ClasspathCsvFolder(folder);
    }
}
