// intent: one product with its category id, to check what an import wrote
MATCH (p:Product {id: $id})
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(c:Category)
RETURN p {.*, categoryId: c.id} AS product
