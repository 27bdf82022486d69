// intent: publish a batch of customers' influence score and rank and their influence-grid class (own value high/low by $ownCut x cascade revenue high/low by $referralCut); rewriting the same rows changes nothing
UNWIND $rows AS row
MATCH (c:Customer {id: row.id})
WITH c, row, coalesce(c.predictedClv, c.monetary, 0.0) AS own, coalesce(c.cascadeRevenue, 0.0) AS referral
WITH c, row, $ownCut IS NOT NULL AND own > 0 AND own >= $ownCut AS highOwn, $referralCut IS NOT NULL AND referral > 0 AND referral >= $referralCut AS highReferral
SET c.influenceScore = row.score, c.influenceRank = row.rank
SET c.influenceClass = CASE WHEN highOwn AND highReferral THEN 'CHAMPION' WHEN highOwn THEN 'AFFLUENT' WHEN highReferral THEN 'ADVOCATE' ELSE 'MISER' END
RETURN count(c) AS updated
