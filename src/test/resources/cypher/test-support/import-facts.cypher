// intent: every customer, order (its customer, total and line count) and order line as one line of text each, to compare whole graphs in import tests
MATCH (c:Customer)
RETURN 'customer ' + c.id + ' ' + coalesce(c.name, '-') + ' ' + coalesce(c.city, '-') AS fact
UNION ALL
MATCH (c:Customer)-[:PLACED]->(o:Order)
RETURN 'order ' + o.id + ' by ' + c.id + ' total ' + toString(o.total) + ' lines ' + toString(o.lineCount) AS fact
UNION ALL
MATCH (o:Order)-[line:CONTAINS]->(p:Product)
RETURN 'line ' + o.id + '/' + toString(line.line) + ' ' + p.id + ' x' + toString(line.quantity) + ' at ' + toString(line.unitPrice) AS fact
