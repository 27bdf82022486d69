// intent: customers are sorted by days since the last order, so lists read them in index order with a limit
CREATE INDEX customer_recency_days IF NOT EXISTS
FOR (c:Customer)
ON (c.recencyDays)
