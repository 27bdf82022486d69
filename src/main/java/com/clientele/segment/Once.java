package com.clientele.segment;

import java.util.function.Supplier;

/**
 * A value computed on first use and then kept: segment KPIs aggregate over every customer of the store, so they are
 * read only when a client selects {@code kpis}, and once per request for all the classes of a dimension.
 */
final class Once<T> implements Supplier<T> {

    private final Supplier<T> source;
    private T value;

    Once(Supplier<T> source) {
        this.source = source;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = source.get();
        }
        return value;
    }
}
