// intent: one API key with its hash, to authenticate a request, and whether any key is active at all
OPTIONAL MATCH (k:ApiKey {id: $id})
CALL () { MATCH (active:ApiKey) WHERE active.revokedAt IS NULL RETURN count(active) AS activeKeys }
RETURN k {.id, .name, .role, .hash, .createdAt, .revokedAt} AS key, activeKeys
