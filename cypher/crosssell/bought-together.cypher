// intent: each given product's stored co-purchase partners that meet the minimum support and may be recommended, most similar first
UNWIND $ids AS id
MATCH (p:Product {id: id})-[r:CO_PURCHASED]->(n:Product)
WHERE r.baskets >= $minBaskets AND r.support >= $minSupport AND coalesce(n.active, true) AND coalesce(n.merchandise, true)
WITH id, r, n
ORDER BY r.similarity DESC, n.id
WITH id, collect({productId: id, partnerId: n.id, baskets: r.baskets, buyers: r.buyers, support: r.support, confidence: r.confidence, reverseConfidence: r.reverseConfidence, lift: r.lift, similarity: r.similarity}) AS links
RETURN id, links[..$first] AS links
