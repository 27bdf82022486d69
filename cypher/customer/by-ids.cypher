// intent: the profiles (not the derived classes) of the customers with these external ids; unknown ids are simply absent
UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN c {.id, .name, .email, .gender, .birthYear, .occupation, .incomeBand, .region, .city, .country, .signupDate, .preferredChannel, .regionId, .cityId} AS customer
