// intent: how many customers the stored valueTier class holds, counted through its index
MATCH (c:Customer)
WHERE c.valueTier = $className
RETURN count(c) AS total
