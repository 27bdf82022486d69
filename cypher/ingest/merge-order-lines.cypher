// intent: create or update order lines, one CONTAINS relationship per (order, line number)
UNWIND $lines AS row
MATCH (o:Order {id: row.orderId})
MATCH (p:Product {id: row.productId})
OPTIONAL MATCH (o)-[old:CONTAINS {line: row.line}]->(previous:Product)
WHERE previous <> p
DELETE old
WITH DISTINCT o, p, row
MERGE (o)-[r:CONTAINS {line: row.line}]->(p)
SET r.quantity = row.quantity, r.unitPrice = row.unitPrice
