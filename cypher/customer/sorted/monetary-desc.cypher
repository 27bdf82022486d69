// intent: one page (plus one row, to tell whether more follow) of the customers that have a total spend and meet the conditions, largest first, ties by id in the same direction; the index on monetary gives the order, so the statement reads about (offset + page) / share-of-matches index entries
MATCH (c:Customer) WHERE c.monetary IS NOT NULL
  AND all(cond IN $anyOf WHERE any(property IN cond.keys WHERE c[property] IN cond.values)) AND all(cond IN $within WHERE any(bound IN cond.bounds WHERE coalesce(c[cond.key] >= bound.min, bound.min IS NULL) AND coalesce(c[cond.key] <= bound.max, bound.max IS NULL))) AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
RETURN c {.*} AS customer ORDER BY c.monetary DESC, c.id DESC SKIP $offset LIMIT $limit
