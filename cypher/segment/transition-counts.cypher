// intent: how many customers moved between each pair of classes of a dimension from one refresh to a later one, read from the snapshots the refreshes in between took (a customer's class at refresh R is its newest snapshot at or before R)
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
WHERE fromClass IS NULL OR fromClass <> toClass
RETURN fromClass, toClass, count(c) AS customers
ORDER BY fromClass, toClass
