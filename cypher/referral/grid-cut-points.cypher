// intent: the influence grid's cut points: the $ownQuantile quantile of own value (predictedClv, else monetary) among customers with a positive one, and the $referralQuantile quantile of cascadeRevenue among referrers
CALL () {
  MATCH (c:Customer)
  WITH coalesce(c.predictedClv, c.monetary, 0.0) AS own
  WHERE own > 0
  RETURN percentileDisc(own, $ownQuantile) AS ownCut
}
CALL () {
  MATCH (c:Customer)
  WHERE c.directReferrals > 0
  RETURN percentileDisc(c.cascadeRevenue, $referralQuantile) AS referralCut
}
RETURN ownCut, referralCut
