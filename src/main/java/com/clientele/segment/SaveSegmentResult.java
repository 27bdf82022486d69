package com.clientele.segment;

import java.util.List;

/** What {@code saveSegment} did: the segment as saved, or (when refused) null and the reasons. */
public record SaveSegmentResult(SavedSegment savedSegment, List<SegmentUserError> userErrors) {

    public SaveSegmentResult {
        userErrors = List.copyOf(userErrors);
    }
}
