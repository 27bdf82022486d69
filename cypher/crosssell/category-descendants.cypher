// intent: the given categories and all their subcategories, for excluding whole branches of the tree
UNWIND $ids AS id
MATCH (k:Category {id: id})<-[:SUBCATEGORY_OF*0..]-(d:Category)
RETURN DISTINCT d.id AS id
