// intent: customers are filtered by canonical region (every spelling of a province is one place id)
CREATE INDEX customer_region_id IF NOT EXISTS
FOR (c:Customer)
ON (c.regionId)
