// intent: how many products each given category's subtree holds (the category and every category below it)
UNWIND $ids AS id
MATCH (cat:Category {id: id})
RETURN id, COUNT { (:Product)-[:IN_CATEGORY]->(:Category)-[:SUBCATEGORY_OF*0..]->(cat) } AS products
