// intent: one node records which place table the customers' stored place ids were resolved with
CREATE CONSTRAINT place_table_state_name IF NOT EXISTS
FOR (s:PlaceTableState) REQUIRE s.name IS UNIQUE
