// intent: record, dated by refresh, the classes of the customers whose classes changed, so transitions can be queried
UNWIND $snapshotRows AS row
MATCH (c:Customer {id: row.id})
MERGE (c)-[:HAD_CLASSES]->(s:ClassSnapshot {refreshSeq: $seq})
SET s += row.classes, s.asOf = $asOf
