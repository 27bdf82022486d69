// intent: answer one trivial read, to tell whether the database is reachable
RETURN 1 AS ok
