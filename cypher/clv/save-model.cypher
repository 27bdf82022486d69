// intent: store one CLV fit (or failed fit) by id; fits are kept as a history
MERGE (m:ClvModel {id: $id})
SET m += $properties
