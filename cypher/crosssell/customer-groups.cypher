// intent: every customer's region (country when no region) and lifecycle segment, for the popular lists of cold-start customers
MATCH (c:Customer)
RETURN c.id AS id, coalesce(c.region, c.country) AS region, c.lifecycle AS segment
