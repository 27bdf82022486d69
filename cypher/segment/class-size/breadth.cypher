// intent: how many customers the stored breadth class holds, counted through its index
MATCH (c:Customer)
WHERE c.breadth = $className
RETURN count(c) AS total
