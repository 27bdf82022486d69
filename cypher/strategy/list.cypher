// intent: every stored strategy, or those of one dimension when $dimension is not null
MATCH (s:Strategy)
WHERE $dimension IS NULL OR s.dimension = $dimension
RETURN s {.*} AS strategy
