// intent: every customer has one stable external id
CREATE CONSTRAINT customer_id IF NOT EXISTS
FOR (c:Customer)
REQUIRE c.id IS UNIQUE
