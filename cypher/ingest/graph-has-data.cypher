// intent: whether the graph already holds a dataset record or any customer (seed data loads only when not)
RETURN EXISTS { MATCH (:Dataset) } OR EXISTS { MATCH (:Customer) } AS hasData
