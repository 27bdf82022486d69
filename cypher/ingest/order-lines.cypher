// intent: the lines of one order in line order, to check what an import wrote
MATCH (o:Order {id: $orderId})-[line:CONTAINS]->(p:Product)
RETURN line.line AS line, p.id AS productId, line.quantity AS quantity, line.unitPrice AS unitPrice
ORDER BY line
