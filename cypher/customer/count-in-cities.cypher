// intent: how many customers live in one of the given cities (canonical id or the city as typed), through the city indexes
MATCH (c:Customer)
WHERE c.cityId IN $values OR c.city IN $values
RETURN count(c) AS total
