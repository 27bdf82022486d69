// intent: per given customer and category, merchandise spend and lines before the analysis instant, and the lines bought within the new-product window after launch
UNWIND $ids AS id
MATCH (c:Customer {id: id})-[:PLACED]->(o:Order)
WHERE o.orderedAt < $asOf
WITH id, o, date(o.orderedAt) AS day
MATCH (o)-[l:CONTAINS]->(p:Product)-[:IN_CATEGORY]->(cat:Category)
WHERE coalesce(p.merchandise, true)
WITH id, cat.id AS categoryId, l.quantity * l.unitPrice AS amount, day, p.launchDate AS launched
RETURN id, categoryId, sum(amount) AS spend, count(*) AS lines, sum(CASE WHEN launched IS NOT NULL AND day >= launched AND day <= launched + duration({days: $newProductDays}) THEN 1 ELSE 0 END) AS newLines
