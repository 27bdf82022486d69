// intent: the stored CLV state and predictions of the given customers, with their lifecycle class (to explain a churn risk that disagrees with it)
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN id, c {.clvState, .predictedClv, .probabilityAlive, .expectedPurchases90, .expectedPurchases365, .expectedAverageValue, .churnRisk, .clvHorizonMonths, .clvChurnBasis, .clvSilenceDays, .clvPaceDays, .lifecycle} AS clv
