package com.clientele.segment;

import java.util.List;

/** What {@code deleteSegment} did: the deleted id, or (when refused) null and the reasons. */
public record DeleteSegmentResult(String deletedId, List<SegmentUserError> userErrors) {

    public DeleteSegmentResult {
        userErrors = List.copyOf(userErrors);
    }
}
