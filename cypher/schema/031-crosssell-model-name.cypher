// intent: the record of the current cross-sell model is one node, found by name
CREATE CONSTRAINT crosssell_model_name IF NOT EXISTS
FOR (m:CrossSellModel)
REQUIRE m.name IS UNIQUE
