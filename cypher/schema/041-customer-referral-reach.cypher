// intent: top referrers are listed by referral reach (index-ordered, so the first page reads only its own rows)
CREATE INDEX customer_referral_reach IF NOT EXISTS
FOR (c:Customer)
ON (c.referralReach)
