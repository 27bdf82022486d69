// intent: the same page of each given referrer's referrals, oldest first (a top-k over that referrer's referrals only), with each referrer's number of referrals
UNWIND $ids AS id
MATCH (referrer:Customer {id: id})
RETURN id AS referrerId, COUNT { (referrer)-[:REFERRED]->(:Customer) } AS total, COLLECT { MATCH (referrer)-[r:REFERRED]->(referred:Customer) RETURN {referrerId: id, referredId: referred.id, referredAt: r.at} AS referral ORDER BY r.at, referred.id SKIP $offset LIMIT $limit } AS referrals
