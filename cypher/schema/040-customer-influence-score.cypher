// intent: top referrers are listed by influence score (index-ordered, so the first page reads only its own rows)
CREATE INDEX customer_influence_score IF NOT EXISTS
FOR (c:Customer)
ON (c.influenceScore)
