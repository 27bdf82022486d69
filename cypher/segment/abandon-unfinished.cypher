// intent: at start-up, mark every refresh that started but never finished (its process was killed or failed) as abandoned, with when
MATCH (r:Refresh)
WHERE r.finishedAt IS NULL AND r.abandonedAt IS NULL
SET r.abandonedAt = datetime()
RETURN r.seq AS seq
ORDER BY seq
