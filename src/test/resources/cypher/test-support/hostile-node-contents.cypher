// intent: every node with its labels and properties, so a test can tell whether anything at all changed
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
