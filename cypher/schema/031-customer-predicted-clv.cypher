// intent: customers are sorted and filtered by predicted CLV, so it is indexed
CREATE INDEX customer_predicted_clv IF NOT EXISTS
FOR (c:Customer)
ON (c.predictedClv)
