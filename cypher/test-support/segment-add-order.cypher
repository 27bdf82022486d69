// intent: tests: give a customer one more order of one product, so an incremental refresh has something to reclassify
MATCH (c:Customer {id: $customerId})
MATCH (p:Product {id: $productId})
MERGE (o:Order {id: $orderId})
SET o.orderedAt = $orderedAt, o.channel = 'ONLINE', o.discount = 0.0, o.total = $amount, o.lineCount = 1
MERGE (c)-[:PLACED]->(o)
MERGE (o)-[l:CONTAINS {line: 1}]->(p)
SET l.quantity = 1, l.unitPrice = $amount
