// intent: revoke an API key; revoking it again keeps the first revocation time
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, $now)
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
