// intent: remove every API key, so later tests run against a keyless server again
MATCH (k:ApiKey)
DELETE k
