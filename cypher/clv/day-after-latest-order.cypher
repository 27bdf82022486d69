// intent: the default calibration end: the day after the newest order (UTC), read from the orderedAt index
MATCH (o:Order)
WHERE o.orderedAt IS NOT NULL
RETURN date(o.orderedAt) + duration({days: 1}) AS day
ORDER BY o.orderedAt DESC
LIMIT 1
