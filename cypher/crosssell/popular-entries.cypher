// intent: every popular-product list (overall, per region, per segment) with its products in rank order and their buyers
MATCH (g:PopularItems)-[r:INCLUDES]->(p:Product)
RETURN g.key AS key, p.id AS productId, r.buyers AS buyers
ORDER BY key, r.rank
