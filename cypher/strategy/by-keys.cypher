// intent: the stored strategies with these keys (DIMENSION/CLASS); keys without one are simply absent
UNWIND $keys AS key
MATCH (s:Strategy {key: key})
RETURN s {.*} AS strategy
