// intent: each given customer's bought product ids and their categories, for checking what cross-sell may not offer
UNWIND $ids AS id
MATCH (c:Customer {id: id})
OPTIONAL MATCH (c)-[:PLACED]->(:Order)-[:CONTAINS]->(p:Product)
OPTIONAL MATCH (p)-[:IN_CATEGORY]->(k:Category)
RETURN id, collect(DISTINCT p.id) AS products, collect(DISTINCT k.id) AS categories
