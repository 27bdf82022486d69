// intent: how many API keys were ever created (revoked keys are kept, never deleted) and how many are active: a store that ever had a key never serves anonymous requests again
MATCH (k:ApiKey)
RETURN count(k) AS everCreated, count(CASE WHEN k.revokedAt IS NULL THEN 1 END) AS active
