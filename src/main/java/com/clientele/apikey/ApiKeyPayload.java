package com.clientele.apikey;

import com.clientele.graphql.UserError;
import com.clientele.auth.ApiKey;
import java.util.List;

/** The result of creating or revoking an API key; {@code token} only right after creation, never again. */
public record ApiKeyPayload(ApiKey apiKey, String token, List<UserError> userErrors) {

    public ApiKeyPayload {
        userErrors = List.copyOf(userErrors);
    }
}
