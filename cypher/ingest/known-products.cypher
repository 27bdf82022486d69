// intent: which of these product ids exist (to validate an import batch)
UNWIND $ids AS id
MATCH (p:Product {id: id})
RETURN p.id AS id
