// intent: every order has one stable external id
CREATE CONSTRAINT order_id IF NOT EXISTS
FOR (o:Order)
REQUIRE o.id IS UNIQUE
