// intent: how many customers the stored behaviour class holds, counted through its index
MATCH (c:Customer)
WHERE c.behaviour = $className
RETURN count(c) AS total
