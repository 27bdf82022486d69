// intent: customers are listed and sorted by sign-up date
CREATE INDEX customer_signup_date IF NOT EXISTS
FOR (c:Customer)
ON (c.signupDate)
