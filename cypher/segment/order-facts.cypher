// intent: each given customer's orders before the analysis instant (day, paid, channel, discounted), with its predicted value, the churn risk and influence class the CLV refit and the referral refresh stored, and the classes of its newest class snapshot
UNWIND $ids AS id
MATCH (c:Customer {id: id})
OPTIONAL MATCH (c)-[:PLACED]->(o:Order)
WHERE o.orderedAt < $asOf
WITH c, id, collect(CASE WHEN o IS NULL THEN null ELSE [o.orderedAt.epochSeconds, coalesce(o.total, 0.0), o.channel = 'ONLINE', coalesce(o.discount, 0.0) > 0] END) AS orders
CALL (c) {
  OPTIONAL MATCH (c)-[:HAD_CLASSES]->(snapshot:ClassSnapshot)
  RETURN snapshot
  ORDER BY snapshot.refreshSeq DESC
  LIMIT 1
}
RETURN id, orders, c.predictedClv AS predictedClv, {CHURN_RISK: c.churnRisk, INFLUENCE: c.influenceClass} AS models, CASE WHEN snapshot IS NULL THEN {} ELSE properties(snapshot) END AS previous
