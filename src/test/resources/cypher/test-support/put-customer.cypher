// intent: tests: make sure a customer with this id and name exists
MERGE (c:Customer {id: $id})
SET c.name = $name
