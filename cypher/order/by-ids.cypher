// intent: the orders with these external ids, each with its customer's id
UNWIND $ids AS id
MATCH (c:Customer)-[:PLACED]->(o:Order {id: id})
RETURN o {.*, customerId: c.id} AS order
