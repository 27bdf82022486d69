// intent: tests: count directly the customers with a value tier, a lifecycle and a gender among the given ones and at least a spend, to check custom segment counts
MATCH (c:Customer)
WHERE c.valueTier IN $valueTiers AND c.lifecycle IN $lifecycles AND c.gender IN $genders AND c.monetary >= $minMonetary
RETURN count(c) AS customers
