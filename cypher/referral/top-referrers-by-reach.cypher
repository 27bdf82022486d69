// intent: one page (plus one row, to tell whether more follow) of the referrers matching the filter, highest referral reach first, ties by id; the index on referralReach gives the order
MATCH (c:Customer)
WHERE c.referralReach > 0
  AND ($valueTiers IS NULL OR c.valueTier IN $valueTiers)
  AND ($lifecycles IS NULL OR c.lifecycle IN $lifecycles)
  AND ($regions IS NULL OR c.regionId IN $regions OR c.region IN $regions)
  AND ($influenceClasses IS NULL OR c.influenceClass IN $influenceClasses)
  AND ($referredSince IS NULL OR c.lastReferralDate >= $referredSince)
RETURN c {.*} AS customer
ORDER BY c.referralReach DESC, c.id ASC
SKIP $offset
LIMIT $limit + 1
