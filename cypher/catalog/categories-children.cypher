// intent: the direct subcategories of each given category
UNWIND $ids AS id
MATCH (parent:Category {id: id})
OPTIONAL MATCH (child:Category)-[:SUBCATEGORY_OF]->(parent)
WITH id, child
ORDER BY child.id
RETURN id AS parentId, collect(child {.*, parentId: id}) AS children
