// intent: tests: remove every customer's CLV properties (restores a shared dataset)
MATCH (c:Customer)
REMOVE c.clvState, c.predictedClv, c.probabilityAlive, c.expectedPurchases90, c.expectedPurchases365, c.expectedAverageValue, c.churnRisk, c.clvModelId, c.clvHorizonMonths, c.clvChurnBasis, c.clvSilenceDays, c.clvPaceDays
