// intent: benchmark support: create (or update) a batch of customers with the classes and spend a segment refresh would store
UNWIND $rows AS row
MERGE (c:Customer {id: row.id})
SET c.region = row.region, c.signupDate = row.signupDate, c.monetary = row.monetary, c.orderCount = row.orderCount, c.valueTier = row.valueTier, c.lifecycle = row.lifecycle
