package com.clientele.ingest;

/** One rejected CSV row: the file, its line number (the header is line 1) and why nothing of it was written. */
public record BadRow(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
