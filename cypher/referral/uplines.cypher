// intent: for these customers, every customer on their referral upline with its referrer (null at the top)
UNWIND $ids AS id
MATCH (c:Customer {id: id})
OPTIONAL MATCH (ancestor:Customer)-[:REFERRED*1..]->(c)
WITH c, collect(ancestor) AS ancestors
UNWIND [c] + ancestors AS member
OPTIONAL MATCH (referrer:Customer)-[:REFERRED]->(member)
RETURN DISTINCT member.id AS id, referrer.id AS referrerId
