// intent: store each customer's metrics and classes as of this refresh
UNWIND $rows AS row
MATCH (c:Customer {id: row.id})
SET c += row.properties
