// intent: benchmarks: every customer id, to load the same customers into another database
MATCH (c:Customer)
RETURN c.id AS id
