// intent: one API key with its hash, to authenticate a request (null when no key has this id)
OPTIONAL MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .role, .hash, .createdAt, .revokedAt} AS key
