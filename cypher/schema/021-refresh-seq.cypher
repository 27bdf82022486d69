// intent: every segment refresh has one sequence number, so snapshots can be ordered and found by refresh
CREATE CONSTRAINT refresh_seq IF NOT EXISTS
FOR (r:Refresh)
REQUIRE r.seq IS UNIQUE
