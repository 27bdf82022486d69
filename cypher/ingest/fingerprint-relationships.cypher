// intent: number of relationships per type, to compare the graph before and after an import
MATCH ()-[r]->()
RETURN type(r) AS key, count(*) AS value
ORDER BY key
