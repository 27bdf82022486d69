// intent: whether customers exist and no CLV fit is newer than the newest import, so start-up refits
OPTIONAL MATCH (m:ClvModel)
WITH max(m.fittedAt) AS fitted
OPTIONAL MATCH (d:Dataset)
WITH fitted, max(d.importedAt) AS imported
RETURN EXISTS { MATCH (:Customer) } AND (fitted IS NULL OR (imported IS NOT NULL AND imported > fitted)) AS due
