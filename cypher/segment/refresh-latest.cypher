// intent: the newest finished refresh, optionally only among those before a sequence number or with an analysis date on or before a date
MATCH (r:Refresh)
WHERE r.finishedAt IS NOT NULL AND ($before IS NULL OR r.seq < $before) AND ($date IS NULL OR r.asOf <= $date)
RETURN r {.seq, .kind, .asOf, .startedAt, .finishedAt, .abandonedAt, .customers, .changed} AS refresh
ORDER BY r.seq DESC
LIMIT 1
