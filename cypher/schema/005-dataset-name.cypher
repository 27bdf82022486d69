// intent: an imported dataset is recorded once by name, so seed data loads only on the first start
CREATE CONSTRAINT dataset_name IF NOT EXISTS
FOR (d:Dataset)
REQUIRE d.name IS UNIQUE
