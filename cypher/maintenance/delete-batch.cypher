// intent: delete up to $batchSize nodes with their relationships; run repeatedly until it deletes none
MATCH (n)
WITH n
LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted
