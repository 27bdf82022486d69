// intent: which of the given category ids exist, to refuse a filter naming an unknown one
UNWIND $ids AS id
MATCH (cat:Category {id: id})
RETURN cat.id AS id
