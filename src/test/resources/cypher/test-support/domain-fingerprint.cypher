// intent: counts and sums of the merchant's data and of refresh bookkeeping, to show whether a write changed anything
CALL () { MATCH (c:Customer) RETURN count(c) AS customers, count(c.name) AS namedCustomers, count(c.email) AS emails }
CALL () { MATCH (p:Product) RETURN count(p) AS products, sum(coalesce(p.price, 0)) AS prices }
CALL () { MATCH (c:Category) RETURN count(c) AS categories }
CALL () { MATCH (o:Order) RETURN count(o) AS orders, sum(o.total) AS totals, sum(o.lineCount) AS lineCounts }
CALL () { MATCH (:Customer)-[r:PLACED]->(:Order) RETURN count(r) AS placed }
CALL () { MATCH (:Order)-[r:CONTAINS]->(:Product) RETURN count(r) AS lines, sum(r.quantity) AS units }
CALL () { MATCH (:Product)-[r:IN_CATEGORY]->(:Category) RETURN count(r) AS inCategory }
CALL () { MATCH (:Category)-[r:SUBCATEGORY_OF]->(:Category) RETURN count(r) AS subcategories }
CALL () { MATCH (:Customer)-[r:REFERRED]->(:Customer) RETURN count(r) AS referrals }
CALL () { MATCH (k:ApiKey) RETURN count(k) AS apiKeys }
CALL () { MATCH (r:Refresh) RETURN count(r) AS refreshes }
RETURN customers, namedCustomers, emails, products, prices, categories, orders, totals, lineCounts, placed, lines, units, inCategory, subcategories, referrals, apiKeys, refreshes
