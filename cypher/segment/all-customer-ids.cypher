// intent: every customer id, the work list of a full refresh
MATCH (c:Customer)
RETURN c.id AS id
