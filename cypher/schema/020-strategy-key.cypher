// intent: a class has at most one stored strategy: its key DIMENSION/CLASS is unique (a node key constraint would need Enterprise)
CREATE CONSTRAINT strategy_key IF NOT EXISTS
FOR (s:Strategy)
REQUIRE s.key IS UNIQUE
