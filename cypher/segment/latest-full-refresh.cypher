// intent: the newest finished full refresh, whose thresholds an incremental refresh reuses
MATCH (r:Refresh {kind: 'FULL'})
WHERE r.finishedAt IS NOT NULL
RETURN r {.*} AS refresh
ORDER BY r.seq DESC
LIMIT 1
