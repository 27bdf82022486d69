package com.clientele.segment;

import com.clientele.graphql.UserError;
import java.util.List;

/** What {@code refreshSegments} did: the refresh that ran, or (when refused) null and the reasons. */
public record RefreshSegmentsPayload(RefreshRecord refresh, List<UserError> userErrors) {

    public RefreshSegmentsPayload {
        userErrors = List.copyOf(userErrors);
    }
}
