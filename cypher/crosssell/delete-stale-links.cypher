// intent: delete up to a batch of co-purchase links left from an older refresh version
MATCH ()-[r:CO_PURCHASED]->()
WHERE r.version <> $version
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
