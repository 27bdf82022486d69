// intent: the KPIs of every class of one dimension in one pass over the customers, grouped by the stored class property (customers not classified yet form the null group)
MATCH (c:Customer)
WITH c, c[$property] AS className, coalesce(c.monetary, 0.0) AS spend, coalesce(c.orderCount, 0) AS orders
RETURN className, count(c) AS size, sum(spend) AS revenue, sum(orders) AS orderCount, sum(CASE WHEN orders >= 2 THEN 1 ELSE 0 END) AS repeatBuyers, sum(CASE WHEN c.lifecycle = 'CHURNED' THEN 1 ELSE 0 END) AS churned, sum(CASE WHEN c.previousOrders > 0 THEN 1 ELSE 0 END) AS previousBuyers, sum(CASE WHEN c.previousOrders > 0 AND c.recentOrders > 0 THEN 1 ELSE 0 END) AS retained, avg(CASE WHEN orders > 0 THEN c.breadthScore END) AS averageBreadthScore
