// intent: tests: remove the CLV properties from every customer, so a shared dataset is left as it was imported
MATCH (c:Customer)
REMOVE c.clvState, c.predictedClv, c.probabilityAlive, c.expectedPurchases90, c.expectedPurchases365, c.expectedAverageValue, c.churnRisk, c.clvModelId, c.clvHorizonMonths
