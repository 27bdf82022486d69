// intent: one page of customers filtered by churn risk and minimum predicted CLV, sorted by a prediction (missing ones last), with the number of all matches
MATCH (c:Customer)
WHERE ($churnRisks IS NULL OR c.churnRisk IN $churnRisks)
  AND ($minPredictedValue IS NULL OR c.predictedClv >= $minPredictedValue)
WITH c, CASE $sortField WHEN 'PROBABILITY_ALIVE' THEN c.probabilityAlive ELSE c.predictedClv END AS key
ORDER BY key IS NULL, CASE WHEN $descending THEN key END DESC, CASE WHEN NOT $descending THEN key END ASC, c.id ASC
WITH collect(c) AS matches
RETURN size(matches) AS total, [m IN matches[$offset..($offset + $limit)] | m {.*}] AS customers
