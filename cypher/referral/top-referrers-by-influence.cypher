// intent: one page (plus one row, to tell whether more follow) of the referrers matching the filter, highest influence score (PageRank) first, ties by id; the index on influenceScore gives the order
MATCH (c:Customer)
WHERE c.influenceScore IS NOT NULL AND c.directReferrals > 0
  AND ($valueTiers IS NULL OR c.valueTier IN $valueTiers)
  AND ($lifecycles IS NULL OR c.lifecycle IN $lifecycles)
  AND ($regions IS NULL OR c.regionId IN $regions OR c.region IN $regions)
  AND ($influenceClasses IS NULL OR c.influenceClass IN $influenceClasses)
  AND ($referredSince IS NULL OR c.lastReferralDate >= $referredSince)
RETURN c {.*} AS customer
ORDER BY c.influenceScore DESC, c.id ASC
SKIP $offset
LIMIT $limit + 1
