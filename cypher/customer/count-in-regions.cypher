// intent: how many customers live in one of the given regions (canonical id or the region as typed), through the region indexes
MATCH (c:Customer)
WHERE c.regionId IN $values OR c.region IN $values
RETURN count(c) AS total
