// intent: every product with its category id: the catalogue the cross-sell scorer filters on
MATCH (p:Product)
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(cat:Category)
RETURN p {.*, categoryId: cat.id} AS product
