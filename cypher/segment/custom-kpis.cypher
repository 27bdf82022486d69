// intent: the KPIs of the customers matching a custom segment filter, with the number and spend of all customers for the shares
MATCH (everyone:Customer)
WITH count(everyone) AS allCustomers, sum(coalesce(everyone.monetary, 0.0)) AS allRevenue
OPTIONAL MATCH (c:Customer) WHERE c.id IS NOT NULL
  AND all(cond IN $anyOf WHERE any(property IN cond.keys WHERE c[property] IN cond.values)) AND all(cond IN $within WHERE any(bound IN cond.bounds WHERE coalesce(c[cond.key] >= bound.min, bound.min IS NULL) AND coalesce(c[cond.key] <= bound.max, bound.max IS NULL))) AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
WITH allCustomers, allRevenue, c, coalesce(c.monetary, 0.0) AS spend, coalesce(c.orderCount, 0) AS orders
RETURN allCustomers, allRevenue, count(c) AS size, sum(spend) AS revenue, sum(orders) AS orderCount, sum(CASE WHEN orders >= 2 THEN 1 ELSE 0 END) AS repeatBuyers, sum(CASE WHEN c.lifecycle = 'CHURNED' THEN 1 ELSE 0 END) AS churned, sum(CASE WHEN c.previousOrders > 0 THEN 1 ELSE 0 END) AS previousBuyers, sum(CASE WHEN c.previousOrders > 0 AND c.recentOrders > 0 THEN 1 ELSE 0 END) AS retained, avg(CASE WHEN orders > 0 THEN c.breadthScore END) AS averageBreadthScore
