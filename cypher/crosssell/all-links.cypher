// intent: every stored co-purchase link with its statistics, each product's partners most similar first
MATCH (p:Product)-[r:CO_PURCHASED]->(n:Product)
RETURN p.id AS productId, n.id AS partnerId, r.baskets AS baskets, r.buyers AS buyers, r.support AS support, r.confidence AS confidence, r.reverseConfidence AS reverseConfidence, r.lift AS lift, r.similarity AS similarity
ORDER BY productId, similarity DESC, partnerId
