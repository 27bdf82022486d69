// intent: the categories with these ids, with their parent
UNWIND $ids AS id
MATCH (cat:Category {id: id})
OPTIONAL MATCH (cat)-[:SUBCATEGORY_OF]->(parent:Category)
RETURN cat {.*, parentId: parent.id} AS category
