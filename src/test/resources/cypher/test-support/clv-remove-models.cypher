// intent: tests: delete the stored CLV fits, so a shared dataset is left as it was imported
MATCH (m:ClvModel)
DETACH DELETE m
