// intent: every stored co-purchase link with the statistics the scorer uses, each product's partners most similar first
MATCH (p:Product)-[r:CO_PURCHASED]->(n:Product)
RETURN p.id AS productId, n.id AS partnerId, r.similarity AS similarity, r.baskets AS baskets, r.confidence AS confidence, r.lift AS lift
ORDER BY productId, similarity DESC, partnerId
