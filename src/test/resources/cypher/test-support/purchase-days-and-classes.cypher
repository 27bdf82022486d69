// intent: tests: every customer's stored lifecycle, behaviour and churn risk, with the distinct UTC days it ordered on before its analysis date (counted from the orders, not from the stored metrics)
MATCH (c:Customer)
OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
WHERE o.orderedAt < datetime({date: c.classifiedAsOf, timezone: 'Z'})
WITH c, count(DISTINCT o.orderedAt.epochSeconds / 86400) AS purchaseDays
RETURN c.id AS id, c.lifecycle AS lifecycle, c.behaviour AS behaviour, c.churnRisk AS churnRisk, purchaseDays
