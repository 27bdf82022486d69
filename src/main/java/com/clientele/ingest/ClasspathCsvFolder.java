package com.clientele.ingest;

import com.clientele.resources.ClasspathFolder;
import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.util.Optional;

/** CSV files packaged in a classpath folder (e.g. {@code seed-data/} copied into the jar by the build). */
record ClasspathCsvFolder(String folder) implements CsvFolder {

    @Override
    public Optional<CsvInput> open(String fileName) throws IOException {
        Optional<URL> resource = ClasspathFolder.file(folder, fileName);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        URLConnection connection = resource.get().openConnection();
        return Optional.of(new CsvInput(fileName, connection.getInputStream(), connection.getContentLengthLong()));
    }

    @Override
    public String describe() {
        return "classpath:" + folder;
    }
}
