// intent: the stored CLV state and predictions of the given customers
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN id, c {.clvState, .predictedClv, .probabilityAlive, .expectedPurchases90, .expectedPurchases365, .expectedAverageValue, .churnRisk, .clvHorizonMonths} AS clv
