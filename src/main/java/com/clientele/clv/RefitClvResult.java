package com.clientele.clv;

import java.util.List;

/** What {@code refitClv} did: the stored fit (FITTED or its failure), or no fit and why the input was refused. */
public record RefitClvResult(ClvModelRecord model, List<ClvUserError> userErrors) {

    public RefitClvResult {
        userErrors = List.copyOf(userErrors);
    }

    public static RefitClvResult ran(ClvModelRecord model) {
        return new RefitClvResult(model, List.of());
    }

    public static RefitClvResult refused(ClvUserError error) {
        return new RefitClvResult(null, List.of(error));
    }
}
