// intent: how many API keys are not revoked (none means the server runs without authentication on loopback)
MATCH (k:ApiKey)
WHERE k.revokedAt IS NULL
RETURN count(k) AS activeKeys
