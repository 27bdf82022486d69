// intent: store one checked referral unless, meanwhile, the referred customer got a referrer or the referrer came to hang below them; returns the referral as stored (a replay keeps its first date)
MATCH (referrer:Customer {id: $referrerId})
MATCH (referred:Customer {id: $referredId})
WHERE NOT EXISTS { (other:Customer)-[:REFERRED]->(referred) WHERE other <> referrer }
  AND NOT EXISTS { (referred)-[:REFERRED*1..]->(referrer) }
MERGE (referrer)-[r:REFERRED]->(referred)
ON CREATE SET r.at = $referredAt
RETURN {referrerId: referrer.id, referredId: referred.id, referredAt: r.at} AS referral
