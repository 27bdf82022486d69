// intent: store the default strategy of every class that has none yet; a stored strategy, edited or not, is left as it is
UNWIND $rows AS row
MERGE (s:Strategy {key: row.key})
ON CREATE SET s += row
