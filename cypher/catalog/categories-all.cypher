// intent: every category with its parent, roots first
MATCH (cat:Category)
OPTIONAL MATCH (cat)-[:SUBCATEGORY_OF]->(parent:Category)
WITH cat, parent
ORDER BY parent.id IS NOT NULL, cat.id
RETURN cat {.*, parentId: parent.id} AS category
