// intent: every product's id, name, category, price and whether it may be recommended
MATCH (p:Product)
RETURN {id: p.id, name: p.name, categoryId: COLLECT { MATCH (p)-[:IN_CATEGORY]->(k:Category) RETURN k.id }[0], price: p.price, active: coalesce(p.active, true), merchandise: coalesce(p.merchandise, true)} AS product
