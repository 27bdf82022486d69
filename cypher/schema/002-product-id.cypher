// intent: every product has one stable external id
CREATE CONSTRAINT product_id IF NOT EXISTS
FOR (p:Product)
REQUIRE p.id IS UNIQUE
