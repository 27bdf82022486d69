package com.clientele.segment;

import java.util.List;

/** What {@code refreshSegments} did: the refresh that ran, or (when refused) null and the reasons. */
public record RefreshSegmentsResult(RefreshRecord refresh, List<SegmentUserError> userErrors) {

    public RefreshSegmentsResult {
        userErrors = List.copyOf(userErrors);
    }
}
