// intent: one page, by customer id, of the customers who moved between classes of a dimension from one refresh to a later one, optionally only from or to given classes, with the number of all such moves
MATCH (s:ClassSnapshot)
WHERE s.refreshSeq > $fromSeq AND s.refreshSeq <= $toSeq
MATCH (c:Customer)-[:HAD_CLASSES]->(s)
WITH DISTINCT c
CALL (c) {
  MATCH (c)-[:HAD_CLASSES]->(later:ClassSnapshot)
  WHERE later.refreshSeq <= $toSeq
  RETURN later[$dimension] AS toClass
  ORDER BY later.refreshSeq DESC
  LIMIT 1
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAD_CLASSES]->(earlier:ClassSnapshot)
  WHERE earlier.refreshSeq <= $fromSeq
  RETURN earlier[$dimension] AS fromClass
  ORDER BY earlier.refreshSeq DESC
  LIMIT 1
}
WITH c, fromClass, toClass
WHERE (fromClass IS NULL OR fromClass <> toClass) AND ($fromClass IS NULL OR fromClass = $fromClass) AND ($toClass IS NULL OR toClass = $toClass)
ORDER BY c.id
WITH collect({customer: c, fromClass: fromClass, toClass: toClass}) AS moves
RETURN size(moves) AS total, [m IN moves[$offset..($offset + $limit)] | {customer: properties(m.customer), fromClass: m.fromClass, toClass: m.toClass}] AS moves
