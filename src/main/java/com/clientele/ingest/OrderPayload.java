package com.clientele.ingest;

import com.clientele.graphql.UserError;
import java.util.List;

/** The result of a order write: the order as stored now, or (when the input was refused) null and the reasons. */
public record OrderPayload(com.clientele.order.Order order, List<UserError> userErrors) {

    public OrderPayload {
        userErrors = List.copyOf(userErrors);
    }
}
