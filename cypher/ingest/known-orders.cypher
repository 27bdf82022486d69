// intent: which of these order ids exist (to validate an import batch)
UNWIND $ids AS id
MATCH (o:Order {id: id})
RETURN o.id AS id
