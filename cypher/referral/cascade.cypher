// intent: the referral cascade below one customer down to $maxDepth levels (at most 10), nearest levels first, at most $limit referrals; each row names the referrer it hangs from
MATCH (root:Customer {id: $id})
MATCH path = (root)-[:REFERRED*1..10]->(referred:Customer)
WHERE length(path) <= $maxDepth
WITH path, referred, last(relationships(path)) AS referral
RETURN startNode(referral).id AS referrerId, referred.id AS referredId, referral.at AS referredAt, length(path) AS depth
ORDER BY depth, referredAt, referredId
LIMIT $limit
