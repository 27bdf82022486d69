package com.clientele.ingest;

import com.clientele.graphql.UserError;
import java.util.List;

/** The result of a customer write: the customer as stored now, or (when the input was refused) null and the reasons. */
public record CustomerPayload(com.clientele.customer.Customer customer, List<UserError> userErrors) {

    public CustomerPayload {
        userErrors = List.copyOf(userErrors);
    }
}
