// intent: benchmarks: how many customers each stored RFM segment holds (prospects are NO_PURCHASE)
MATCH (c:Customer)
RETURN c.rfmSegment AS segment, count(*) AS customers
ORDER BY segment
