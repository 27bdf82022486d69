// intent: each stored popular-product list (overall, per region, per segment) has one key
CREATE CONSTRAINT popular_items_key IF NOT EXISTS
FOR (g:PopularItems)
REQUIRE g.key IS UNIQUE
