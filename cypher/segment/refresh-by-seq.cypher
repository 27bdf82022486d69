// intent: one refresh record by sequence number
MATCH (r:Refresh {seq: $seq})
RETURN r {.seq, .kind, .asOf, .startedAt, .finishedAt, .abandonedAt, .customers, .changed} AS refresh
