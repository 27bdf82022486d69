// intent: the newest refresh records, newest first
MATCH (r:Refresh)
RETURN r {.seq, .kind, .asOf, .startedAt, .finishedAt, .abandonedAt, .customers, .changed} AS refresh
ORDER BY r.seq DESC
LIMIT $limit
