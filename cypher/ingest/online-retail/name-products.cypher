// intent: name a nameless Online Retail product by the first description seen, and recategorise it by that name
UNWIND $products AS row
MATCH (p:Product {id: row.id})
WHERE p.name IS NULL AND row.name IS NOT NULL
SET p.name = row.name
WITH p, row
OPTIONAL MATCH (p)-[old:IN_CATEGORY]->(:Category)
DELETE old
WITH DISTINCT p, row
MATCH (c:Category {id: row.categoryId})
MERGE (p)-[:IN_CATEGORY]->(c)
