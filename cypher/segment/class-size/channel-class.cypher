// intent: how many customers the stored channelClass class holds, counted through its index
MATCH (c:Customer)
WHERE c.channelClass = $className
RETURN count(c) AS total
