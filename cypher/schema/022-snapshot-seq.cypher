// intent: class snapshots are found by the refresh that recorded them, for transition queries
CREATE INDEX class_snapshot_refresh IF NOT EXISTS
FOR (s:ClassSnapshot)
ON (s.refreshSeq)
