package com.clientele.segment;

import com.clientele.graphql.Connection;
import com.clientele.graphql.Page;
import com.clientele.graphql.PageRequest;
import com.clientele.vocabulary.SegmentDimension;
import java.util.List;

/**
 * The moves between the classes of a dimension from one refresh to a later one: the matrix and a page of movers.
 * With fewer than two refreshes to compare, {@code from} (and without any refresh {@code to}) is null, there are no
 * moves, and {@code note} says why.
 */
public record SegmentTransitions(SegmentDimension dimension, RefreshRecord from, RefreshRecord to,
        List<TransitionCount> counts, Connection<CustomerTransition> customers, String note) {

    /** No moves to show, for the reason given. */
    static SegmentTransitions nothingToCompare(SegmentDimension dimension, RefreshRecord to, PageRequest page,
            String note) {
        return new SegmentTransitions(dimension, null, to, List.of(),
                Page.<CustomerTransition>empty().toConnection(page), note);
    }
}
