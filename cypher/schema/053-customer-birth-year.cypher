// intent: customers are sorted and filtered by birth year, so lists read them in index order with a limit
CREATE INDEX customer_birth_year IF NOT EXISTS
FOR (c:Customer)
ON (c.birthYear)
