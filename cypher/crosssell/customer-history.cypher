// intent: for each given customer: orders placed, region (canonical id, else as typed, else the country), segment and each bought product's latest purchase day and number of orders, with the versions of the cross-sell model and the catalogue; with $withProfile also the customer's profile, so a request for one customer and its cross-sell needs no second query
OPTIONAL MATCH (m:CrossSellModel {name: 'current'})
OPTIONAL MATCH (s:CatalogueState {name: 'current'})
WITH coalesce(m.version, 0) AS modelVersion, coalesce(s.version, 0) AS catalogueVersion
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN id, modelVersion, catalogueVersion,
CASE WHEN $withProfile THEN c {.id, .name, .email, .gender, .birthYear, .occupation, .incomeBand, .region, .city, .country, .signupDate, .preferredChannel, .regionId, .cityId} END AS customer,
COUNT { (c)-[:PLACED]->(:Order) } AS orders,
coalesce(c.regionId, c.region, c.country) AS region,
c.lifecycle AS segment,
COLLECT { MATCH (c)-[:PLACED]->(o:Order)-[:CONTAINS]->(p:Product) WITH p, max(o.orderedAt) AS last, count(DISTINCT o) AS times RETURN {id: p.id, day: last.epochSeconds / 86400, orders: times} } AS owned
