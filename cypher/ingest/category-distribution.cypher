// intent: how many products each category holds, and how many of them are not merchandise
MATCH (p:Product)-[:IN_CATEGORY]->(c:Category)
RETURN c.id AS id, c.name AS name, count(p) AS products, sum(CASE WHEN p.merchandise THEN 0 ELSE 1 END) AS nonMerchandise
ORDER BY products DESC, id
