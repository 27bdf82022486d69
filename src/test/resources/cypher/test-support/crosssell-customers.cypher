// intent: customer ids with their number of orders, in id order, for sampling cross-sell test customers
MATCH (c:Customer)
RETURN c.id AS id, COUNT { (c)-[:PLACED]->(:Order) } AS orders, coalesce(c.region, c.country) AS region, c.lifecycle AS segment
ORDER BY id
