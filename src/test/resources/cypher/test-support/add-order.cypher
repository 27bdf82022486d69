// intent: tests: give a customer one more order of one line of an existing product, with its total, as an import would
MATCH (c:Customer {id: $customerId})
MATCH (p:Product {id: $productId})
MERGE (o:Order {id: $orderId})
SET o.orderedAt = $orderedAt, o.channel = $channel, o.discount = 0.0, o.total = $quantity * p.price, o.lineCount = 1
MERGE (c)-[:PLACED]->(o)
MERGE (o)-[l:CONTAINS {line: 1}]->(p)
SET l.quantity = $quantity, l.unitPrice = p.price
