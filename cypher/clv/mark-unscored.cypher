// intent: customers the given fit did not score (no purchase by the calibration end) get state NO_PURCHASES and no predictions
MATCH (c:Customer)
WHERE c.clvModelId IS NULL OR c.clvModelId <> $modelId
SET c.clvState = 'NO_PURCHASES', c.clvModelId = $modelId, c.clvHorizonMonths = $horizonMonths
REMOVE c.predictedClv, c.probabilityAlive, c.expectedPurchases90, c.expectedPurchases365, c.expectedAverageValue, c.churnRisk, c.clvChurnBasis, c.clvSilenceDays, c.clvPaceDays
