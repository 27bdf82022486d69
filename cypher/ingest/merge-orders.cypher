// intent: create or update orders by id, each placed by exactly its one customer
UNWIND $orders AS row
MATCH (customer:Customer {id: row.customerId})
MERGE (o:Order {id: row.id})
SET o += row.properties
WITH o, customer
OPTIONAL MATCH (previous:Customer)-[old:PLACED]->(o)
WHERE previous <> customer
DELETE old
WITH DISTINCT o, customer
MERGE (customer)-[:PLACED]->(o)
