// intent: customers are counted and filtered by the city as typed (for spellings the place table does not know)
CREATE INDEX customer_city_typed IF NOT EXISTS
FOR (c:Customer)
ON (c.city)
