// intent: each given customer's orders before the analysis instant (day, paid, channel, discounted), with its stored classes and predicted value
UNWIND $ids AS id
MATCH (c:Customer {id: id})
OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
WHERE o.orderedAt < $asOf
WITH c, id, collect(CASE WHEN o IS NULL THEN null ELSE [o.orderedAt.epochSeconds, coalesce(o.total, 0.0), o.channel = 'ONLINE', coalesce(o.discount, 0.0) > 0] END) AS orders
RETURN id, orders, c.predictedClv AS predictedClv, c {.valueTier, .rfmSegment, .lifecycle, .behaviour, .breadth, .channelClass} AS current
