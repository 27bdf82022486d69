// intent: which of these category ids exist (to validate an import batch)
UNWIND $ids AS id
MATCH (c:Category {id: id})
RETURN c.id AS id
