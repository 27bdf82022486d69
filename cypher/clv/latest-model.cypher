// intent: the newest stored CLV fit
MATCH (m:ClvModel)
RETURN m {.*} AS model
ORDER BY m.fittedAt DESC, m.id DESC
LIMIT 1
