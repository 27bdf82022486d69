// intent: the products with these external ids, each with its category id; unknown ids are simply absent
UNWIND $ids AS id
MATCH (p:Product {id: id})
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(cat:Category)
RETURN p {.*, categoryId: cat.id} AS product
