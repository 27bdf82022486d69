// intent: customers are selected by influence-grid class (a segment dimension)
CREATE INDEX customer_influence_class IF NOT EXISTS
FOR (c:Customer)
ON (c.influenceClass)
