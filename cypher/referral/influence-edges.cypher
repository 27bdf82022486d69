// intent: the nodes and edges of referral influence: every customer once, with the customer who referred them (or null); credit flows customerId -> referrerId
MATCH (customer:Customer)
WHERE customer.id IS NOT NULL
OPTIONAL MATCH (referrer:Customer)-[:REFERRED]->(customer)
RETURN customer.id AS customerId, referrer.id AS referrerId
