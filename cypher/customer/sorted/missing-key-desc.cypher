// intent: one page (plus one row) of the customers that meet the conditions but have no value for $property, ordered by id (DESC): the tail of a list sorted by that property, read only once the customers with a value are exhausted
MATCH (c:Customer) WHERE c[$property] IS NULL
  AND all(cond IN $anyOf WHERE any(property IN cond.keys WHERE c[property] IN cond.values)) AND all(cond IN $within WHERE any(bound IN cond.bounds WHERE coalesce(c[cond.key] >= bound.min, bound.min IS NULL) AND coalesce(c[cond.key] <= bound.max, bound.max IS NULL))) AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
RETURN c {.*} AS customer ORDER BY c.id DESC SKIP $offset LIMIT $limit
