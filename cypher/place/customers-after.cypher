// intent: the next customers in id order after $after, with the region and city they typed
MATCH (c:Customer)
WHERE c.id > $after
RETURN c.id AS id, c.region AS region, c.city AS city
ORDER BY c.id
LIMIT $limit
