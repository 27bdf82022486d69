// intent: every stored CLV fit has one id, so writing a fit again (a retried transaction) keeps one node
CREATE CONSTRAINT clv_model_id IF NOT EXISTS
FOR (m:ClvModel)
REQUIRE m.id IS UNIQUE
