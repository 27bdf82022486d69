// intent: top referrers are listed by referred (cascade) revenue (index-ordered, so the first page reads only its own rows)
CREATE INDEX customer_cascade_revenue IF NOT EXISTS
FOR (c:Customer)
ON (c.cascadeRevenue)
