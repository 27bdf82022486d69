// intent: customers the given fit did not score (no purchase by the calibration end) get state NO_PURCHASES, churn risk class $noPrediction and no predictions
MATCH (c:Customer)
WHERE c.clvModelId IS NULL OR c.clvModelId <> $modelId
SET c.clvState = 'NO_PURCHASES', c.clvModelId = $modelId, c.clvHorizonMonths = $horizonMonths, c.churnRisk = $noPrediction
REMOVE c.predictedClv, c.probabilityAlive, c.expectedPurchases90, c.expectedPurchases365, c.expectedAverageValue, c.clvChurnBasis, c.clvSilenceDays, c.clvPaceDays
