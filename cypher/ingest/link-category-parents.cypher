// intent: make each imported category a subcategory of its parent (and of no other)
UNWIND $categories AS row
MATCH (c:Category {id: row.id})
OPTIONAL MATCH (c)-[old:SUBCATEGORY_OF]->(previous:Category)
WHERE row.parentId IS NULL OR previous.id <> row.parentId
DELETE old
WITH DISTINCT c, row
WHERE row.parentId IS NOT NULL
MATCH (parent:Category {id: row.parentId})
MERGE (c)-[:SUBCATEGORY_OF]->(parent)
