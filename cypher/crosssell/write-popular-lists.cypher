// intent: replace each given popular-product list (key, ranked product ids and buyer counts) under this refresh's version
UNWIND $lists AS list
MERGE (g:PopularItems {key: list.key})
SET g.version = $version
WITH g, list
CALL (g) { MATCH (g)-[old:INCLUDES]->() DELETE old }
WITH g, list
UNWIND range(0, size(list.productIds) - 1) AS rank
MATCH (p:Product {id: list.productIds[rank]})
CREATE (g)-[:INCLUDES {rank: rank + 1, buyers: list.buyers[rank]}]->(p)
RETURN count(*) AS written
