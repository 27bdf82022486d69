// intent: one page of the customers whose stored influenceClass is the given class, found through the class index, in the requested order, with the class size
MATCH (c:Customer)
WHERE c.influenceClass = $className
WITH c, CASE $sortField WHEN 'MONETARY' THEN c.monetary WHEN 'RECENCY' THEN c.recencyDays WHEN 'FREQUENCY' THEN c.orderCount WHEN 'CLV' THEN c.predictedClv WHEN 'NAME' THEN c.name ELSE c.id END AS key
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN $descending THEN c.id END DESC, CASE WHEN NOT $descending THEN key END ASC, c.id ASC
SKIP $offset
LIMIT $limit
WITH collect(c {.*}) AS customers
CALL () {
  MATCH (c:Customer)
  WHERE c.influenceClass = $className
  RETURN count(c) AS total
}
RETURN total, customers
