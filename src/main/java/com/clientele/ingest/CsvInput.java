package com.clientele.ingest;

import java.io.IOException;
import java.io.InputStream;

/** One CSV file opened for streaming: its name for reports, its bytes, and its size (-1 when unknown) for progress. */
public record CsvInput(String name, InputStream stream, long sizeBytes) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
