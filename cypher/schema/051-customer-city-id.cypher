// intent: customers are filtered by canonical city (every spelling of a city is one place id)
CREATE INDEX customer_city_id IF NOT EXISTS
FOR (c:Customer)
ON (c.cityId)
