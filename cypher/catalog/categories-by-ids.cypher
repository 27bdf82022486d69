// intent: the categories with these ids, with their parent and the number of products in their subtree
UNWIND $ids AS id
MATCH (cat:Category {id: id})
OPTIONAL MATCH (cat)-[:SUBCATEGORY_OF]->(parent:Category)
RETURN cat {.*, parentId: parent.id, productCount: COUNT { (:Product)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(cat) }} AS category
