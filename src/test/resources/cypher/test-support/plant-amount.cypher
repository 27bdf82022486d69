// intent: test only: store an amount on an order, its first line and its customer's spend as a legacy store could hold it (e.g. Infinity or NaN)
MATCH (c:Customer {id: $customerId})-[:PLACED]->(o:Order {id: $orderId})-[line:CONTAINS {line: 1}]->(:Product)
SET o.total = $amount, line.unitPrice = $amount, c.monetary = $amount
