// intent: tests: the customers that got a class snapshot in the given refresh
MATCH (c:Customer)-[:HAD_CLASSES]->(s:ClassSnapshot {refreshSeq: $seq})
RETURN c.id AS id, s {.*} AS snapshot
