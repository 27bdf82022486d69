// intent: per given customer and category, merchandise spend and lines before the analysis instant, and the lines bought within the new-product window after launch
UNWIND $ids AS id
MATCH (c:Customer {id: id})-[:PLACED]->(o:Order)-[l:CONTAINS]->(p:Product)-[:IN_CATEGORY]->(cat:Category)
WHERE o.orderedAt < $asOf AND coalesce(p.merchandise, true)
WITH id, cat.id AS categoryId, l, date(o.orderedAt) AS day, p.launchDate AS launched
RETURN id, categoryId, sum(l.quantity * l.unitPrice) AS spend, count(l) AS lines, sum(CASE WHEN launched IS NOT NULL AND day >= launched AND day <= launched + duration({days: $newProductDays}) THEN 1 ELSE 0 END) AS newLines
