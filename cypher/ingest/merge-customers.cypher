// intent: create or update customers by id (a null property removes it: empty cells mean unknown)
UNWIND $customers AS row
MERGE (c:Customer {id: row.id})
SET c += row.properties
