package com.clientele.crosssell;

import java.util.function.LongFunction;

/**
 * An in-memory copy of something stored under a version number: read again, by one reader at a time, when asked for
 * another version than the one held.
 */
final class VersionedCopy<T> {

    private final LongFunction<T> reader;
    private volatile Held<T> held;

    VersionedCopy(T initial, LongFunction<T> reader) {
        this.reader = reader;
        this.held = new Held<>(-1, initial);
    }

    T current() {
        return held.value();
    }

    T at(long version) {
        Held<T> now = held;
        if (now.version() == version) {
            return now.value();
        }
        synchronized (this) {
            if (held.version() != version) {
                held = new Held<>(version, reader.apply(version));
            }
            return held.value();
        }
    }

    private record Held<T>(long version, T value) {
    }
}
