// intent: open a refresh with the next sequence number, its analysis date and kind
OPTIONAL MATCH (last:Refresh)
WITH coalesce(max(last.seq), 0) + 1 AS seq
CREATE (r:Refresh {seq: seq, asOf: $asOf, kind: $kind, startedAt: datetime()})
RETURN seq
