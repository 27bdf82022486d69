// intent: the same page of each given customer's orders, newest first, with each customer's number of orders
UNWIND $ids AS id
MATCH (c:Customer {id: id})
WITH id, COLLECT { MATCH (c)-[:PLACED]->(o:Order) RETURN o ORDER BY o.orderedAt DESC, o.id DESC } AS orders
RETURN id AS customerId, size(orders) AS total, [o IN orders[$offset..($offset + $limit)] | o {.*, customerId: id}] AS orders
