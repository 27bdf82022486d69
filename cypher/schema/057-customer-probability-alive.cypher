// intent: customers are sorted by P(alive), so lists read them in index order with a limit
CREATE INDEX customer_probability_alive IF NOT EXISTS
FOR (c:Customer)
ON (c.probabilityAlive)
