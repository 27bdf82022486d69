// intent: benchmark support: record a batch of referrals between existing customers; replaying a batch changes nothing
UNWIND $rows AS row
MATCH (referrer:Customer {id: row.referrerId})
MATCH (referred:Customer {id: row.referredId})
MERGE (referrer)-[r:REFERRED]->(referred)
ON CREATE SET r.at = row.at
