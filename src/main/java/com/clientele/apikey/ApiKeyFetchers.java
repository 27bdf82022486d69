package com.clientele.apikey;

import com.clientele.graphql.UserError;
import com.clientele.auth.ApiKey;
import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.Caller;
import com.clientele.auth.CreatedKey;
import com.clientele.auth.Revocation;
import com.clientele.auth.Role;
import com.clientele.graphql.ApiSurface;
import com.clientele.graphql.FeatureFetchers;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Key management for ADMIN keys: list keys, create one (its token is shown in that answer only), revoke one. */
public final class ApiKeyFetchers implements FeatureFetchers {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyFetchers.class);
    private static final int MAX_NAME_LENGTH = 200;

    private final ApiKeyStore keys;

    public ApiKeyFetchers(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public void contribute(ApiSurface surface) {
        surface.query("apiKeys", Role.ADMIN, this::apiKeys)
                .mutation("createApiKey", Role.ADMIN, this::createApiKey)
                .mutation("revokeApiKey", Role.ADMIN, this::revokeApiKey)
                .backedBy("CreateApiKeyPayload", ApiKeyPayload.class)
                .backedBy("RevokeApiKeyPayload", ApiKeyPayload.class)
                .backedBy("ApiKey", ApiKey.class)
                .userError("ApiKeyUserError", ApiKeyErrorCode.class);
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
            return refused("name", "a key's name has 1 to " + MAX_NAME_LENGTH + " characters",
                    ApiKeyErrorCode.REQUIRED);
        }
        CreatedKey created = keys.create(name, Role.valueOf((String) input.get("role")));
        LOG.info("API key {} ({}) created by {}", created.key().id(), created.key().role(), caller(env));
        return new ApiKeyPayload(created.key(), created.token(), List.of());
    }

    /** Revokes a key; the last active ADMIN key only with {@code force: true}, which is logged as a warning. */
    public ApiKeyPayload revokeApiKey(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        String id = ((String) input.get("id")).trim();
        Revocation revocation = keys.revoke(id, Boolean.TRUE.equals(input.get("force")));
        if (revocation.unknown()) {
            return refused("id", "unknown API key id '" + input.get("id") + "'", ApiKeyErrorCode.INVALID_VALUE);
        }
        if (revocation.refusedAsLastAdmin()) {
            return refused("id", id + " is the last active ADMIN key: revoking it would lock every administrator out."
                    + " Create another ADMIN key first, or send force: true (create-key on the command line is then"
                    + " the way back in)", ApiKeyErrorCode.LAST_ADMIN_KEY);
        }
        ApiKey key = revocation.key().orElseThrow();
        if (revocation.revokedLastAdmin()) {
            LOG.warn("The last active ADMIN key {} was revoked with force by {}: no key can run ADMIN mutations until"
                    + " `create-key --role ADMIN --name ops` makes one", key.id(), caller(env));
        } else {
            LOG.info("API key {} ({}) revoked by {}", key.id(), key.role(), caller(env));
        }
        return new ApiKeyPayload(key, null, List.of());
    }

    private static String caller(DataFetchingEnvironment env) {
        Caller caller = env.getGraphQlContext().get(Caller.CONTEXT_KEY);
        return caller == null ? "an unknown caller" : "key " + caller.keyId();
    }

    private static ApiKeyPayload refused(String field, String message, ApiKeyErrorCode code) {
        return new ApiKeyPayload(null, null, List.of(new UserError(List.of("input", field), message, code)));
    }
}
