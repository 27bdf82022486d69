// intent: the next page of customer ids after a given id, in id order, for streaming the recommendations export
MATCH (c:Customer)
WHERE c.id > $after
RETURN c.id AS id
ORDER BY id
LIMIT $limit
