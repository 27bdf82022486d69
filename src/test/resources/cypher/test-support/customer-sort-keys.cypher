// intent: every customer's id with the properties customer lists sort and filter by, to order them by hand
MATCH (c:Customer)
RETURN c.id AS id, c.name AS name, c.signupDate AS signupDate, c.birthYear AS birthYear, c.monetary AS monetary, c.recencyDays AS recencyDays, c.orderCount AS orderCount, c.predictedClv AS predictedClv, c.probabilityAlive AS probabilityAlive, c.rfmSegment AS rfmSegment, c.churnRisk AS churnRisk, c.regionId AS regionId, c.gender AS gender
