// intent: store a new API key (id and hash of its secret, never the secret); a retried transaction changes nothing
MERGE (k:ApiKey {id: $id})
ON CREATE SET k.name = $name, k.role = $role, k.hash = $hash, k.createdAt = $now
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
