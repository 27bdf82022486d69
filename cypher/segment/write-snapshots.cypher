// intent: record, dated by refresh, the classes of the customers whose classes changed, starting from each customer (not the refresh index) so the cost stays linear; a retried batch adds nothing twice
UNWIND $snapshotRows AS row
MATCH (c:Customer {id: row.id})
WHERE NOT EXISTS { (c)-[:HAD_CLASSES]->(done:ClassSnapshot) WHERE done.refreshSeq = $seq }
CREATE (c)-[:HAD_CLASSES]->(s:ClassSnapshot {refreshSeq: $seq})
SET s += row.classes, s.asOf = $asOf
