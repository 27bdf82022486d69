// intent: test only: a refresh record as a killed refresh leaves it (started, never finished), with the next sequence number
OPTIONAL MATCH (last:Refresh)
WITH coalesce(max(last.seq), 0) + 1 AS seq
CREATE (r:Refresh {seq: seq, asOf: date('2026-01-01'), kind: 'FULL', startedAt: datetime()})
RETURN seq
