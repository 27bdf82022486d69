// intent: which of the given customer ids exist, to refuse a refresh naming an unknown one
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN c.id AS id
