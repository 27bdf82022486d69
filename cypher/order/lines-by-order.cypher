// intent: the lines of each given order, in line order
UNWIND $ids AS id
MATCH (o:Order {id: id})-[l:CONTAINS]->(p:Product)
WITH id, l, p
ORDER BY l.line
RETURN id AS orderId, collect({line: l.line, productId: p.id, quantity: l.quantity, unitPrice: l.unitPrice}) AS lines
