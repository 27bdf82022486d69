// intent: customers are sorted by number of orders, so lists read them in index order with a limit
CREATE INDEX customer_order_count IF NOT EXISTS
FOR (c:Customer)
ON (c.orderCount)
