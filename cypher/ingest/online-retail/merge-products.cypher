// intent: create Online Retail products once (first seen price and date) and put each new one in its category
UNWIND $products AS row
MERGE (p:Product {id: row.id})
ON CREATE SET p.name = row.name, p.price = row.price, p.launchDate = row.launchDate
ON CREATE SET p.merchandise = row.merchandise, p.active = true
WITH p, row
WHERE NOT (p)-[:IN_CATEGORY]->(:Category)
MATCH (c:Category {id: row.categoryId})
MERGE (p)-[:IN_CATEGORY]->(c)
