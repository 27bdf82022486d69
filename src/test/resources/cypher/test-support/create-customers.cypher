// intent: test support: create customers that have only an id
UNWIND $ids AS id
MERGE (:Customer {id: id})
