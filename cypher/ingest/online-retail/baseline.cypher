// intent: the published Online Retail cleaning baseline measured on the graph: lines, customers with orders, revenue
MATCH (c:Customer)-[:PLACED]->(:Order)-[line:CONTAINS]->(:Product)
RETURN count(line) AS lines, count(DISTINCT c) AS customers, sum(line.quantity * line.unitPrice) AS revenue
