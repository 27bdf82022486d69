package com.clientele.graphql;

import java.util.List;

/** One page of a list as a repository returns it: the items and the size of the whole list. */
public record Page<T>(List<T> items, int total) {

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }

    public Connection<T> toConnection(PageRequest request) {
        return Connection.of(items, request, total);
    }
}
