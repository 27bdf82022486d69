// intent: test support: every stored referral as referrer, referred and date, in a stable order
MATCH (referrer:Customer)-[r:REFERRED]->(referred:Customer)
RETURN referrer.id + '->' + referred.id + '@' + toString(r.at) AS referral
ORDER BY referral
