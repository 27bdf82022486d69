// intent: how many distinct customers ever ordered each of these products (each product found by its id constraint, then only its own order lines are walked)
UNWIND $ids AS id
MATCH (p:Product {id: id})
OPTIONAL MATCH (buyer:Customer)-[:PLACED]->(:Order)-[:CONTAINS]->(p)
RETURN id, count(DISTINCT buyer) AS buyers
