// intent: remove the referral metrics of customers who no longer referred anyone (e.g. after a referral was deleted), so no metric is stale
MATCH (c:Customer)
WHERE c.directReferrals IS NOT NULL AND NOT EXISTS { (c)-[:REFERRED]->(:Customer) }
REMOVE c.directReferrals, c.convertedReferrals, c.referralConversionRate, c.referralReach, c.cascadeDepth, c.directReferredRevenue, c.cascadeRevenue, c.decayedCascadeRevenue, c.firstReferralDate, c.lastReferralDate, c.daysToFirstReferral
RETURN count(c) AS cleared
