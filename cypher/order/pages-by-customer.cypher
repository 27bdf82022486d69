// intent: the same page of each given customer's orders, newest first (a top-k over that customer's orders only), with each customer's number of orders from the relationship count
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN id AS customerId, COUNT { (c)-[:PLACED]->(:Order) } AS total, COLLECT { MATCH (c)-[:PLACED]->(o:Order) RETURN o {.*, customerId: id} AS page ORDER BY o.orderedAt DESC, o.id DESC SKIP $offset LIMIT $limit } AS orders
