// intent: tests: every buyer's stored RFM scores and segment
MATCH (c:Customer)
WHERE c.orderCount > 0
RETURN c.id AS id, c.recencyScore AS r, c.frequencyScore AS f, c.monetaryScore AS m, c.rfmSegment AS segment
