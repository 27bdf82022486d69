// intent: customers are sorted by total spend, so lists read them in index order with a limit
CREATE INDEX customer_monetary IF NOT EXISTS
FOR (c:Customer)
ON (c.monetary)
