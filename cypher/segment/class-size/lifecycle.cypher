// intent: how many customers the stored lifecycle class holds, counted through its index
MATCH (c:Customer)
WHERE c.lifecycle = $className
RETURN count(c) AS total
