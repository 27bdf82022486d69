package com.clientele.referral;

import com.clientele.customer.Customer;
import com.clientele.graphql.Connection;
import com.clientele.graphql.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of top referrers. Its total is counted only when a client asks for totalCount (a count reads every
 * matching referrer, the page only its own rows), so the page keeps the filter to count with.
 */
public record ReferrerConnection(List<Connection.Edge<Customer>> edges, List<Customer> nodes,
        Connection.PageInfo pageInfo, ReferrerFilter filter) {

    /** The page from {@code rows}, which hold one customer more than the page when more follow. */
    static ReferrerConnection of(List<Customer> rows, PageRequest page, ReferrerFilter filter) {
        boolean hasNext = rows.size() > page.limit();
        List<Customer> items = hasNext ? rows.subList(0, page.limit()) : rows;
        List<Connection.Edge<Customer>> edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Connection.Edge<>(PageRequest.cursorAt(page.offset() + i), items.get(i)));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ReferrerConnection(edges, List.copyOf(items),
                new Connection.PageInfo(hasNext, page.offset() > 0, start, end), filter);
    }
}
