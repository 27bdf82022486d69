package com.clientele.hostile;

import com.clientele.auth.ApiKeyStore;
import com.clientele.auth.CreatedKey;
import com.clientele.auth.Role;
import java.util.List;
import java.util.Random;

/**
 * The API keys of the storm, created in the graph before the server starts: one per role, and a READER key that
 * is already revoked. Values are whole Authorization headers.
 */
record StormKeys(String reader, String integrator, String admin, String revoked, String adminKeyId,
        String readerToken) {

    static StormKeys create(ApiKeyStore store) {
        CreatedKey reader = store.create("storm-reader", Role.READER);
        CreatedKey integrator = store.create("storm-integrator", Role.INTEGRATOR);
        CreatedKey admin = store.create("storm-admin", Role.ADMIN);
        CreatedKey revoked = store.create("storm-revoked", Role.READER);
        store.revoke(revoked.key().id());
        return new StormKeys(bearer(reader), bearer(integrator), bearer(admin), bearer(revoked), admin.key().id(),
                reader.token());
    }

    private static String bearer(CreatedKey key) {
        return "Bearer " + key.token();
    }

    /** One of the three valid keys. */
    String anyValid(Random random) {
        return List.of(reader, integrator, admin).get(random.nextInt(3));
    }

    /** A key that may run the mutation or restricted query: INTEGRATOR, or ADMIN when {@code needsAdmin}. */
    String allowedFor(boolean needsAdmin) {
        return needsAdmin ? admin : integrator;
    }
}
