// intent: tests: the distinct analysis dates the customers' stored classes hold as of, with how many customers each
MATCH (c:Customer)
RETURN c.classifiedAsOf AS asOf, count(c) AS customers
ORDER BY asOf
