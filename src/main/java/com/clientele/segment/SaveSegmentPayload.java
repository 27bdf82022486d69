package com.clientele.segment;

import com.clientele.graphql.UserError;
import java.util.List;

/** What {@code saveSegment} did: the segment as saved, or (when refused) null and the reasons. */
public record SaveSegmentPayload(SavedSegment savedSegment, List<UserError> userErrors) {

    public SaveSegmentPayload {
        userErrors = List.copyOf(userErrors);
    }
}
