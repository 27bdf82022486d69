// intent: when the newest order was placed (the default analysis date is the day after it), read from the index
MATCH (o:Order)
WHERE o.orderedAt IS NOT NULL
RETURN o.orderedAt AS latest
ORDER BY o.orderedAt DESC
LIMIT 1
