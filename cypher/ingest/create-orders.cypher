// intent: create orders whose ids the batch's lookup found nowhere in the graph (each id once, from its last row), placed by their customer, with no lines yet
UNWIND $newOrders AS row
MATCH (customer:Customer {id: row.customerId})
CREATE (customer)-[:PLACED]->(o:Order {id: row.id})
SET o += row.properties, o.total = 0.0, o.lineCount = 0
