// intent: record who referred whom; replaying a referral keeps its first date
UNWIND $referrals AS row
MATCH (referrer:Customer {id: row.referrerId})
MATCH (referred:Customer {id: row.referredId})
MERGE (referrer)-[r:REFERRED]->(referred)
ON CREATE SET r.at = row.at
