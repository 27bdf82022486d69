// intent: create customers whose ids the batch's lookup found nowhere in the graph (each id once, from its last row)
UNWIND $newCustomers AS row
CREATE (c:Customer {id: row.id})
SET c += row.properties
