// intent: how many referrers match the top-referrers filter
MATCH (c:Customer)
WHERE c.directReferrals > 0
  AND ($valueTiers IS NULL OR c.valueTier IN $valueTiers)
  AND ($lifecycles IS NULL OR c.lifecycle IN $lifecycles)
  AND ($regions IS NULL OR c.regionId IN $regions OR c.region IN $regions)
  AND ($influenceClasses IS NULL OR c.influenceClass IN $influenceClasses)
  AND ($referredSince IS NULL OR c.lastReferralDate >= $referredSince)
RETURN count(c) AS total
