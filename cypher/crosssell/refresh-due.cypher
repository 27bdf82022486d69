// intent: whether the cross-sell model was never built, or is older than the newest import
OPTIONAL MATCH (m:CrossSellModel {name: 'current'})
OPTIONAL MATCH (d:Dataset)
WITH m, max(d.importedAt) AS newestImport
RETURN m IS NULL OR (newestImport IS NOT NULL AND m.refreshedAt < newestImport) AS due
