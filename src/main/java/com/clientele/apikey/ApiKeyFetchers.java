package com.clientele.apikey;

import com.clientele.auth.ApiKey;
import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.CreatedKey;
import com.clientele.auth.Role;
import com.clientele.graphql.FeatureFetchers;
import com.clientele.ingest.ProblemCode;
import com.clientele.ingest.WriteUserError;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.DataLoaderRegistry;

/** Key management for ADMIN keys: list keys, create one (its token is shown in that answer only), revoke one. */
public final class ApiKeyFetchers implements FeatureFetchers {

    private static final int MAX_NAME_LENGTH = 200;

    private final ApiKeyStore keys;

    public ApiKeyFetchers(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        // keys are read in one statement; nothing to batch
    }

    public List<ApiKey> apiKeys(DataFetchingEnvironment env) {
        return keys.list();
    }

    public ApiKeyPayload createApiKey(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        String name = ((String) input.get("name")).trim();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return refused("name", "a key's name has 1 to " + MAX_NAME_LENGTH + " characters", ProblemCode.REQUIRED);
        }
        CreatedKey created = keys.create(name, Role.valueOf((String) input.get("role")));
        return new ApiKeyPayload(created.key(), created.token(), List.of());
    }

    public ApiKeyPayload revokeApiKey(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Optional<ApiKey> revoked = keys.revoke(((String) input.get("id")).trim());
        return revoked.map(key -> new ApiKeyPayload(key, null, List.of()))
                .orElseGet(() -> refused("id", "unknown API key id '" + input.get("id") + "'",
                        ProblemCode.INVALID_VALUE));
    }

    private static ApiKeyPayload refused(String field, String message, ProblemCode code) {
        return new ApiKeyPayload(null, null, List.of(new WriteUserError(List.of("input", field), message, code)));
    }
}
