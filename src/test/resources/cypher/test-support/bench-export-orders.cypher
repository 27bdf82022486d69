// intent: benchmarks: every order as the segment refresh reads it (customer, instant in epoch seconds, total), to load the same orders into another database
MATCH (c:Customer)-[:PLACED]->(o:Order)
RETURN c.id AS customerId, o.orderedAt.epochSeconds AS orderedAtEpochSeconds, coalesce(o.total, 0.0) AS total
