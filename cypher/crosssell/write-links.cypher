// intent: store a batch of co-purchase links with their statistics under this refresh's version; rewriting the same rows changes nothing
UNWIND $rows AS row
MATCH (a:Product {id: row.productId})
MATCH (b:Product {id: row.partnerId})
MERGE (a)-[r:CO_PURCHASED]->(b)
SET r.baskets = row.baskets, r.buyers = row.buyers, r.support = row.support, r.confidence = row.confidence, r.reverseConfidence = row.reverseConfidence, r.lift = row.lift, r.similarity = row.similarity, r.version = $version
RETURN count(r) AS written
