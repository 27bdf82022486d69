// intent: number of nodes per label, to compare the graph before and after an import
MATCH (n)
UNWIND labels(n) AS label
RETURN label AS key, count(*) AS value
ORDER BY key
