// intent: segment membership lists and counts find a class's customers through an index on the stored class
CREATE INDEX customer_rfm_segment IF NOT EXISTS
FOR (c:Customer)
ON (c.rfmSegment)
