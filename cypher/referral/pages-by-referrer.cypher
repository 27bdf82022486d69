// intent: the same page of each given referrer's referrals, oldest first, with each referrer's number of referrals
UNWIND $ids AS id
MATCH (referrer:Customer {id: id})
WITH id, COLLECT { MATCH (referrer)-[r:REFERRED]->(referred:Customer) RETURN {referrerId: id, referredId: referred.id, referredAt: r.at} AS referral ORDER BY r.at, referred.id } AS referrals
RETURN id AS referrerId, size(referrals) AS total, referrals[$offset..($offset + $limit)] AS referrals
