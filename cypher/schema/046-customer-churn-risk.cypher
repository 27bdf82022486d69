// intent: customers are selected by churn risk class (a segment dimension, written by the CLV refit)
CREATE INDEX customer_churn_risk IF NOT EXISTS
FOR (c:Customer)
ON (c.churnRisk)
