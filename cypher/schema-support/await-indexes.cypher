// intent: wait until every index is online before the app serves requests
CALL db.awaitIndexes(300)
