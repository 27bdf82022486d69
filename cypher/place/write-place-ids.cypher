// intent: store a batch of customers' canonical region and city ids (null removes an id the table no longer resolves); rewriting the same rows changes nothing
UNWIND $rows AS row
MATCH (c:Customer {id: row.id})
SET c.regionId = row.regionId, c.cityId = row.cityId
