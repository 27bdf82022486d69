package com.clientele.ingest;

/** Thrown while reading a CSV row that cannot be imported; the message is the reason shown to the user. */
public final class BadRowException extends Exception {

    public BadRowException(String reason) {
        super(reason, null, false, false);
    }
}
