// intent: whether customers exist whose classes are missing or older than the newest import, so start-up runs a full refresh
OPTIONAL MATCH (r:Refresh)
WHERE r.finishedAt IS NOT NULL
WITH max(r.startedAt) AS refreshed
OPTIONAL MATCH (d:Dataset)
WITH refreshed, max(d.importedAt) AS imported
RETURN EXISTS { MATCH (:Customer) } AND (refreshed IS NULL OR (imported IS NOT NULL AND imported > refreshed)) AS due
