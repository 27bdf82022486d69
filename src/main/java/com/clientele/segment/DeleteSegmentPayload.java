package com.clientele.segment;

import com.clientele.graphql.UserError;
import java.util.List;

/** What {@code deleteSegment} did: the deleted id, or (when refused) null and the reasons. */
public record DeleteSegmentPayload(String deletedId, List<UserError> userErrors) {

    public DeleteSegmentPayload {
        userErrors = List.copyOf(userErrors);
    }
}
