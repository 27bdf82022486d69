// intent: list the constraints and indexes, to check that migrations created them
SHOW CONSTRAINTS
YIELD name
RETURN name
ORDER BY name
