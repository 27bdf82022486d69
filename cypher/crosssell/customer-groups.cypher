// intent: every customer's region (canonical id, else as typed, else the country) and lifecycle segment, for the popular lists of cold-start customers
MATCH (c:Customer)
RETURN c.id AS id, coalesce(c.regionId, c.region, c.country) AS region, c.lifecycle AS segment
