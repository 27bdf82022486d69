// intent: create order lines whose (order, line number) the batch's lookup found nowhere in the graph (each once, from its last row)
UNWIND $newLines AS row
MATCH (o:Order {id: row.orderId})
MATCH (p:Product {id: row.productId})
CREATE (o)-[:CONTAINS {line: row.line, quantity: row.quantity, unitPrice: row.unitPrice}]->(p)
