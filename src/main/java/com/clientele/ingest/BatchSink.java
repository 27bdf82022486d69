package com.clientele.ingest;

/** Receives the rows of one file, keeps them until a batch is full, then validates and writes them together. */
interface BatchSink {

    /** Parses one row and keeps it for the next batch (or reports it filtered); throws when the row is bad. */
    void accept(Cells row) throws BadRowException;

    /** How many rows wait for the next {@link #flush()}. */
    int pending();

    /** Validates the pending rows against the graph and writes the good ones in one transaction. */
    void flush();
}
