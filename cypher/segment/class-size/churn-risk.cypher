// intent: how many customers the stored churnRisk class holds, counted through its index
MATCH (c:Customer)
WHERE c.churnRisk = $className
RETURN count(c) AS total
