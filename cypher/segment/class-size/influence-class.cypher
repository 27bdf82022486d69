// intent: how many customers the stored influenceClass class holds, counted through its index
MATCH (c:Customer)
WHERE c.influenceClass = $className
RETURN count(c) AS total
