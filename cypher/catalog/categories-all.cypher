// intent: every category with its parent and the number of products in its subtree, roots first
MATCH (cat:Category)
OPTIONAL MATCH (cat)-[:SUBCATEGORY_OF]->(parent:Category)
WITH cat, parent
ORDER BY parent.id IS NOT NULL, cat.id
RETURN cat {.*, parentId: parent.id, productCount: COUNT { (:Product)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(cat) }} AS category
