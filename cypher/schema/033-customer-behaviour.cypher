// intent: segment membership lists and counts find a class's customers through an index on the stored class
CREATE INDEX customer_behaviour IF NOT EXISTS
FOR (c:Customer)
ON (c.behaviour)
