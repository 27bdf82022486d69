// intent: how many categories hold merchandise, the denominator of the breadth score
MATCH (cat:Category)
WHERE EXISTS { (p:Product)-[:IN_CATEGORY]->(cat) WHERE coalesce(p.merchandise, true) }
RETURN count(cat) AS categories
