// intent: the merchant's referral programme figures: customers, referred customers and those of them who bought, referrers and referrals, and the mean own spend of referred and not-referred buyers and all customers
MATCH (c:Customer)
WITH c, EXISTS { (:Customer)-[:REFERRED]->(c) } AS referred, COUNT { (c)-[:REFERRED]->(:Customer) } AS referrals, coalesce(c.monetary, 0.0) AS spend
RETURN count(c) AS customers, count(CASE WHEN referred THEN c END) AS referredCustomers, count(CASE WHEN referred AND coalesce(c.orderCount, 0) > 0 THEN c END) AS convertedReferred, count(CASE WHEN referrals > 0 THEN c END) AS referrers, sum(referrals) AS referrals, avg(CASE WHEN referred THEN spend END) AS meanSpendReferred, avg(CASE WHEN NOT referred THEN spend END) AS meanSpendNotReferred
