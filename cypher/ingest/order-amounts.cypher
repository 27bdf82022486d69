// intent: the discount and the line amounts of these orders, so an import batch that changes them keeps each total within its bound
UNWIND $ids AS id
MATCH (o:Order {id: id})
RETURN o.id AS id, coalesce(o.discount, 0.0) AS discount, [(o)-[line:CONTAINS]->(:Product) | {line: line.line, amount: line.quantity * line.unitPrice}] AS lines
