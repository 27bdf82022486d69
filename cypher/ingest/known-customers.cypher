// intent: which of these customer ids exist, with their sign-up dates (to validate an import batch)
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN c.id AS id, c.signupDate AS signupDate
