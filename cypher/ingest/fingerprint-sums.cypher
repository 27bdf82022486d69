// intent: sums of the key numeric properties, to compare the graph before and after an import
MATCH (o:Order)
OPTIONAL MATCH (o)-[line:CONTAINS]->(:Product)
WITH o, sum(line.quantity) AS quantity, sum(line.quantity * line.unitPrice) AS listValue, sum(line.line) AS lineNumbers
RETURN sum(o.total) AS orderTotal, sum(o.lineCount) AS lineCount, sum(quantity) AS quantity, sum(listValue) AS listValue, sum(lineNumbers) AS lineNumbers
