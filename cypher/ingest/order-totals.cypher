// intent: recompute total and lineCount of the given orders from their lines
UNWIND $orderIds AS orderId
MATCH (o:Order {id: orderId})
OPTIONAL MATCH (o)-[line:CONTAINS]->(:Product)
WITH o, sum(line.quantity * line.unitPrice) AS listValue, count(line) AS lineCount
SET o.total = listValue * (1 - coalesce(o.discount, 0.0)), o.lineCount = lineCount
