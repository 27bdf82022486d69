// intent: predicted CLV summed per class of the dimension stored in the given customer property
MATCH (c:Customer)
WHERE c[$property] IS NOT NULL
RETURN c[$property] AS className, count(c) AS customers, count(c.predictedClv) AS predictedCustomers, sum(coalesce(c.predictedClv, 0.0)) AS total, avg(c.predictedClv) AS average
