// intent: how many customers meet the conditions (every customer is read: used only when a client selects totalCount of a list filtered on more than one indexed property)
MATCH (c:Customer) WHERE c.id IS NOT NULL
  AND all(cond IN $anyOf WHERE any(property IN cond.keys WHERE c[property] IN cond.values)) AND all(cond IN $within WHERE any(bound IN cond.bounds WHERE coalesce(c[cond.key] >= bound.min, bound.min IS NULL) AND coalesce(c[cond.key] <= bound.max, bound.max IS NULL))) AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
RETURN count(c) AS total
