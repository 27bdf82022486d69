// intent: customers are filtered by region and city
CREATE INDEX customer_region_city IF NOT EXISTS
FOR (c:Customer)
ON (c.region, c.city)
