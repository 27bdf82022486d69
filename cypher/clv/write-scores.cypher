// intent: store a batch of customers' CLV state and predictions (null predictions remove the property)
UNWIND $rows AS row
MATCH (c:Customer {id: row.id})
SET c.clvState = row.state, c.predictedClv = row.predictedClv, c.probabilityAlive = row.probabilityAlive
SET c.expectedPurchases90 = row.expectedPurchases90, c.expectedPurchases365 = row.expectedPurchases365
SET c.expectedAverageValue = row.expectedAverageValue, c.churnRisk = row.churnRisk
SET c.clvChurnBasis = row.churnBasis, c.clvSilenceDays = row.silenceDays, c.clvPaceDays = row.paceDays
SET c.clvModelId = $modelId, c.clvHorizonMonths = $horizonMonths
