package com.clientele.ingest;

import com.clientele.graphql.UserError;
import java.util.List;

/** The result of a category write: the category as stored now, or (when the input was refused) null and the reasons. */
public record CategoryPayload(com.clientele.catalog.Category category, List<UserError> userErrors) {

    public CategoryPayload {
        userErrors = List.copyOf(userErrors);
    }
}
