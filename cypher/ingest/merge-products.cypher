// intent: create or update products by id and put each in exactly its one category
UNWIND $products AS row
MERGE (p:Product {id: row.id})
SET p += row.properties
WITH p, row
OPTIONAL MATCH (p)-[old:IN_CATEGORY]->(previous:Category)
WHERE previous.id <> row.categoryId
DELETE old
WITH DISTINCT p, row
MATCH (c:Category {id: row.categoryId})
MERGE (p)-[:IN_CATEGORY]->(c)
