// intent: remove the lines of the given orders numbered above their new line count (an order written again with fewer lines)
UNWIND $orders AS row
MATCH (o:Order {id: row.id})-[line:CONTAINS]->(:Product)
WHERE line.line > row.lineCount
DELETE line
