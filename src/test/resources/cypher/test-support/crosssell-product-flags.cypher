// intent: every product's id, category, price and whether it is merchandise and active, for cross-sell rule tests
MATCH (p:Product)
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(k:Category)
RETURN p.id AS id, k.id AS categoryId, p.price AS price, coalesce(p.merchandise, true) AS merchandise, coalesce(p.active, true) AS active
