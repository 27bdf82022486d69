// intent: every category has one stable external id
CREATE CONSTRAINT category_id IF NOT EXISTS
FOR (c:Category)
REQUIRE c.id IS UNIQUE
