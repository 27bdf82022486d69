// intent: orders are read by date ranges
CREATE INDEX order_ordered_at IF NOT EXISTS
FOR (o:Order)
ON (o.orderedAt)
