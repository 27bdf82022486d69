// intent: every order's distinct merchandise products with its customer and instant, streamed for the co-purchase model
MATCH (c:Customer)-[:PLACED]->(o:Order)
WITH c, o, COLLECT { MATCH (o)-[:CONTAINS]->(p:Product) WHERE coalesce(p.merchandise, true) RETURN DISTINCT p.id } AS products
WHERE size(products) > 0
RETURN c.id AS customerId, o.id AS orderId, o.orderedAt.epochSeconds AS at, products
