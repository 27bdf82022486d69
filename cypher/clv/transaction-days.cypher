// intent: each buyer's distinct purchase days (UTC) on or before the calibration end, oldest first, for the refit's holdout check
MATCH (c:Customer)-[:PLACED]->(o:Order)
WITH c, date(o.orderedAt) AS day
WHERE day <= $calibrationEnd
WITH DISTINCT c, day
ORDER BY c.id, day
RETURN c.id AS id, collect(day) AS days
