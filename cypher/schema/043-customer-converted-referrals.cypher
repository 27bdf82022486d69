// intent: top referrers are listed by converted referrals (index-ordered, so the first page reads only its own rows)
CREATE INDEX customer_converted_referrals IF NOT EXISTS
FOR (c:Customer)
ON (c.convertedReferrals)
