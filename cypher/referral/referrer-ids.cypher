// intent: the id of every customer who referred at least one customer
MATCH (c:Customer)-[:REFERRED]->(:Customer)
RETURN DISTINCT c.id AS id
