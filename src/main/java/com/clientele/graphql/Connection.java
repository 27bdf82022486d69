package com.clientele.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * A Relay connection: one page of a list with cursors, page info and the size of the whole list.
 * Backs every {@code XxxConnection} type of the schema.
 */
public record Connection<T>(List<Edge<T>> edges, List<T> nodes, PageInfo pageInfo, int totalCount) {

    /** One element with the cursor of its position. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Relay page info. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The connection of a page of {@code items} starting at {@code page.offset()} of a list of {@code total}. */
    public static <T> Connection<T> of(List<T> items, PageRequest page, int total) {
        List<Edge<T>> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Edge<>(PageRequest.cursorAt(page.offset() + i), items.get(i)));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        boolean hasNext = page.offset() + items.size() < total;
        return new Connection<>(edges, List.copyOf(items), new PageInfo(hasNext, page.offset() > 0, start, end), total);
    }
}
