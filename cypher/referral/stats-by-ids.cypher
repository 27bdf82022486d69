// intent: the stored referral metrics, influence and own value of each given customer
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN id, c {.directReferrals, .convertedReferrals, .referralConversionRate, .referralReach, .cascadeDepth, .directReferredRevenue, .cascadeRevenue, .decayedCascadeRevenue, .daysToFirstReferral, .firstReferralDate, .lastReferralDate, .influenceScore, .influenceRank, .influenceClass, .predictedClv, .monetary} AS stats
