// intent: the customers with these external ids; unknown ids are simply absent
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN c {.*} AS customer
