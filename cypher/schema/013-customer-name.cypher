// intent: customers are listed and sorted by name
CREATE INDEX customer_name IF NOT EXISTS
FOR (c:Customer)
ON (c.name)
