package com.clientele.clv;

import com.clientele.graphql.UserError;
import java.util.List;

/** What {@code refitClv} did: the stored fit (FITTED or its failure), or no fit and why the input was refused. */
public record RefitClvPayload(ClvModelRecord model, List<UserError> userErrors) {

    public RefitClvPayload {
        userErrors = List.copyOf(userErrors);
    }

    public static RefitClvPayload ran(ClvModelRecord model) {
        return new RefitClvPayload(model, List.of());
    }

    public static RefitClvPayload refused(UserError error) {
        return new RefitClvPayload(null, List.of(error));
    }
}
