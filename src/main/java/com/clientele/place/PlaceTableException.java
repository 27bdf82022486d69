package com.clientele.place;

import java.util.List;

/** A place table that cannot be used, with every problem found in it (the server does not start with it). */
public final class PlaceTableException extends RuntimeException {

    public PlaceTableException(String source, List<String> problems) {
        super(source + " is not a valid place table:" + System.lineSeparator() + "- "
                + String.join(System.lineSeparator() + "- ", problems));
    }
}
