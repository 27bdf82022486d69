// intent: erase a customer's personal fields, keeping the id, region, country, sign-up, orders and referrals for statistics; again changes nothing
MATCH (c:Customer {id: $id})
REMOVE c.name, c.email, c.gender, c.birthYear, c.occupation, c.incomeBand, c.city
SET c.anonymisedAt = coalesce(c.anonymisedAt, $now)
RETURN c.id AS id
