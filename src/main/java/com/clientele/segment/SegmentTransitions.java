package com.clientele.segment;

import com.clientele.graphql.Connection;
import com.clientele.strategy.SegmentDimension;
import java.util.List;

/** The moves between the classes of a dimension from one refresh to a later one: the matrix and a page of movers. */
public record SegmentTransitions(SegmentDimension dimension, RefreshRecord from, RefreshRecord to,
        List<TransitionCount> counts, Connection<CustomerTransition> customers) {
}
