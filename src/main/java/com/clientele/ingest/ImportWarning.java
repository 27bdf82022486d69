package com.clientele.ingest;

/**
 * Something doubtful about a row that was written all the same: the file, its line number (the header is line 1)
 * and what to look at, e.g. a region spelling the place table does not know.
 */
public record ImportWarning(String file, long line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
