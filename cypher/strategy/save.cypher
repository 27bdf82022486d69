// intent: write one strategy in full (a merchant's edit or a restored default); writing the same row again changes nothing
MERGE (s:Strategy {key: $row.key})
SET s += $row
RETURN s {.*} AS strategy
