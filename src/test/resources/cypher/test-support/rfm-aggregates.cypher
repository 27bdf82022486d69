// intent: benchmarks: the RFM inputs of every buyer aggregated in the database in one statement (last order day, orders, spend before the analysis instant), to time what the refresh would read if it asked Neo4j for aggregates instead of every order
MATCH (c:Customer)-[:PLACED]->(o:Order)
WHERE o.orderedAt < $asOf
WITH c, max(o.orderedAt.epochSeconds) AS lastOrderEpochSeconds, count(o) AS orders, sum(coalesce(o.total, 0.0)) AS spend
RETURN count(c) AS buyers, sum(orders) AS orders, sum(spend) AS spend, max(lastOrderEpochSeconds) AS latest
