// intent: how many customers the store holds (answered from the count store, without reading a customer)
MATCH (c:Customer)
RETURN count(c) AS total
