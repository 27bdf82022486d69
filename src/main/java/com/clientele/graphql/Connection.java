package com.clientele.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * A Relay connection: one page of a list with cursors, page info and the size of the whole list. Backs every
 * {@code XxxConnection} type of the schema. The size may be counted lazily: {@link #fromRows} keeps a counter that
 * runs only when a client selects {@code totalCount} (once per connection), so a page costs its own rows.
 */
public final class Connection<T> {

    /** One element with the cursor of its position. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Relay page info. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    private final List<Edge<T>> edges;
    private final List<T> nodes;
    private final PageInfo pageInfo;
    private final IntSupplier counter;
    private Integer total;

    private Connection(List<T> items, PageRequest page, boolean hasNext, IntSupplier counter) {
        this.edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Edge<>(PageRequest.cursorAt(page.offset() + i), items.get(i)));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        this.nodes = List.copyOf(items);
        this.pageInfo = new PageInfo(hasNext, page.offset() > 0, start, end);
        this.counter = counter;
    }

    /** The connection of a page of {@code items} starting at {@code page.offset()} of a list of {@code total}. */
    public static <T> Connection<T> of(List<T> items, PageRequest page, int total) {
        return new Connection<>(items, page, page.offset() + items.size() < total, () -> total);
    }

    /**
     * The connection of {@code rows}, read with a limit of one more than the page: the extra row only tells that
     * more follow. {@code counter} counts the whole list when totalCount is selected.
     */
    public static <T> Connection<T> fromRows(List<T> rows, PageRequest page, IntSupplier counter) {
        boolean hasNext = rows.size() > page.limit();
        return new Connection<>(hasNext ? rows.subList(0, page.limit()) : rows, page, hasNext, counter);
    }

    public List<Edge<T>> edges() {
        return edges;
    }

    public List<T> nodes() {
        return nodes;
    }

    public PageInfo pageInfo() {
        return pageInfo;
    }

    /** The size of the whole list, counted on the first call. */
    public synchronized int totalCount() {
        if (total == null) {
            total = counter.getAsInt();
        }
        return total;
    }
}
