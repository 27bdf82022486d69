// intent: every product with its category id, for the cross-sell model kept in memory
MATCH (p:Product)
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(cat:Category)
RETURN p {.*, categoryId: cat.id} AS product
