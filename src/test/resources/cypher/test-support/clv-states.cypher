// intent: tests: customers per CLV state with how many carry a predicted value and the range of probability alive
MATCH (c:Customer)
RETURN c.clvState AS state, count(c) AS customers, count(c.predictedClv) AS withValue, min(c.probabilityAlive) AS minAlive, max(c.probabilityAlive) AS maxAlive, count(CASE WHEN isNaN(c.predictedClv) OR isNaN(c.probabilityAlive) THEN 1 END) AS notANumber
ORDER BY state
