// intent: test support: the customers with published influence, highest score first
MATCH (customer:Customer)
WHERE customer.influenceScore IS NOT NULL
RETURN customer.id AS id, customer.influenceScore AS score, customer.influenceRank AS rank
ORDER BY score DESC, id
LIMIT $limit
