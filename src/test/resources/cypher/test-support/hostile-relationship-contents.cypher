// intent: every relationship with its type, ends and properties, so a test can tell whether anything at all changed
MATCH (a)-[r]->(b)
RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
