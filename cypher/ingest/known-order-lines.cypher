// intent: which line numbers these orders already have (to tell the new lines of an import batch from the existing ones)
UNWIND $ids AS id
MATCH (o:Order {id: id})-[line:CONTAINS]->(:Product)
RETURN o.id AS id, line.line AS line
