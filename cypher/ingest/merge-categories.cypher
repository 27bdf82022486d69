// intent: create or update categories by id
UNWIND $categories AS row
MERGE (c:Category {id: row.id})
SET c.name = row.name, c.nameZh = row.nameZh
