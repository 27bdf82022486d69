package com.clientele.ingest;

import com.clientele.graphql.UserError;
import java.util.List;

/** The result of a product write: the product as stored now, or (when the input was refused) null and the reasons. */
public record ProductPayload(com.clientele.catalog.Product product, List<UserError> userErrors) {

    public ProductPayload {
        userErrors = List.copyOf(userErrors);
    }
}
