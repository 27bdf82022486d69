// intent: customers are counted and filtered by the region as typed (for spellings the place table does not know), so it has an index of its own beside the (region, city) one
CREATE INDEX customer_region_typed IF NOT EXISTS
FOR (c:Customer)
ON (c.region)
