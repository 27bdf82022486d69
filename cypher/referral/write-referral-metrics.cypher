// intent: derive and store the referral metrics of these referrers (direct referrals, conversions, cascade reach, depth and revenue, decayed by $decay per level); rerunning it changes nothing
UNWIND $ids AS id
MATCH (c:Customer {id: id})
CALL (c) {
  MATCH (c)-[r:REFERRED]->(d:Customer)
  RETURN count(d) AS direct, count(CASE WHEN coalesce(d.orderCount, 0) > 0 THEN d END) AS converted, sum(coalesce(d.monetary, 0.0)) AS directRevenue, min(r.at) AS firstAt, max(r.at) AS lastAt
}
CALL (c) {
  MATCH path = (c)-[:REFERRED*1..]->(d:Customer)
  WITH length(path) AS level, coalesce(d.monetary, 0.0) AS spend
  RETURN count(*) AS reach, max(level) AS depth, sum(spend) AS cascadeRevenue, sum(spend * $decay ^ (level - 1)) AS decayedRevenue
}
SET c.directReferrals = direct, c.convertedReferrals = converted, c.referralConversionRate = CASE WHEN direct = 0 THEN null ELSE toFloat(converted) / direct END
SET c.referralReach = reach, c.cascadeDepth = depth, c.directReferredRevenue = directRevenue, c.cascadeRevenue = cascadeRevenue, c.decayedCascadeRevenue = decayedRevenue
SET c.firstReferralDate = firstAt, c.lastReferralDate = lastAt, c.daysToFirstReferral = CASE WHEN c.signupDate IS NULL OR firstAt IS NULL THEN null ELSE duration.inDays(c.signupDate, firstAt).days END
RETURN count(c) AS updated
