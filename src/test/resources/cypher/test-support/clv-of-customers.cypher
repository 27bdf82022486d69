// intent: tests: every customer's CLV state and predictions, and whether they have orders
MATCH (c:Customer)
RETURN c.id AS id, c.clvState AS state, c.predictedClv AS value, c.probabilityAlive AS alive, c.churnRisk AS churnRisk, EXISTS { (c)-[:PLACED]->(:Order) } AS hasOrders
