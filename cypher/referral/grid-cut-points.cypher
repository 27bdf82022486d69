// intent: the influence grid's cut points: the $ownQuantile quantile of own value (predictedClv, else monetary) among customers with a positive one, and the $referralQuantile quantile of cascadeRevenue among referrers (one pass; aggregates skip the nulls the CASEs leave)
MATCH (c:Customer)
WITH coalesce(c.predictedClv, c.monetary, 0.0) AS own, coalesce(c.directReferrals, 0) > 0 AS referrer, c.cascadeRevenue AS cascade
RETURN percentileDisc(CASE WHEN own > 0 THEN own END, $ownQuantile) AS ownCut, percentileDisc(CASE WHEN referrer THEN cascade END, $referralQuantile) AS referralCut
