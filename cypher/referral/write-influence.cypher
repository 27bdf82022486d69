// intent: publish a batch of customers' referral influence (PageRank share, 1 = most influential rank); rewriting the same rows changes nothing
UNWIND $rows AS row
MATCH (customer:Customer {id: row.id})
SET customer.influenceScore = row.score, customer.influenceRank = row.rank
RETURN count(customer) AS updated
