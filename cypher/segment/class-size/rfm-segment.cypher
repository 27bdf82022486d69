// intent: how many customers the stored rfmSegment class holds, counted through its index
MATCH (c:Customer)
WHERE c.rfmSegment = $className
RETURN count(c) AS total
