// intent: one catalogue-version node, so concurrent product writes bump the same counter
CREATE CONSTRAINT catalogue_state_name IF NOT EXISTS
FOR (s:CatalogueState) REQUIRE s.name IS UNIQUE
