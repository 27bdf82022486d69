// intent: revoke an API key (again keeps the first revocation time) unless it is the last active ADMIN key and $force is false; every active ADMIN key is write-locked first, so two concurrent revocations cannot both pass the check
MATCH (k:ApiKey {id: $id})
CALL () {
  OPTIONAL MATCH (admin:ApiKey {role: 'ADMIN'})
  WHERE admin.revokedAt IS NULL
  SET admin.role = admin.role
  RETURN count(admin) AS lockedAdmins
}
CALL (k) {
  OPTIONAL MATCH (other:ApiKey {role: 'ADMIN'})
  WHERE other.revokedAt IS NULL AND other.id <> k.id
  RETURN count(other) AS otherActiveAdmins
}
WITH k, k.role = 'ADMIN' AND k.revokedAt IS NULL AND otherActiveAdmins = 0 AS lastAdmin
CALL (k, lastAdmin) {
  WITH k WHERE NOT lastAdmin OR $force
  SET k.revokedAt = coalesce(k.revokedAt, $now)
}
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key, lastAdmin
