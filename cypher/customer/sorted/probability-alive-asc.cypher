// intent: one page (plus one row, to tell whether more follow) of the customers that have a P(alive) and meet the conditions, smallest first, ties by id in the same direction; the index on probabilityAlive gives the order, so the statement reads about (offset + page) / share-of-matches index entries
MATCH (c:Customer) WHERE c.probabilityAlive IS NOT NULL
  AND all(cond IN $anyOf WHERE any(property IN cond.keys WHERE c[property] IN cond.values)) AND all(cond IN $within WHERE any(bound IN cond.bounds WHERE coalesce(c[cond.key] >= bound.min, bound.min IS NULL) AND coalesce(c[cond.key] <= bound.max, bound.max IS NULL))) AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
RETURN c {.*} AS customer ORDER BY c.probabilityAlive ASC, c.id ASC SKIP $offset LIMIT $limit
