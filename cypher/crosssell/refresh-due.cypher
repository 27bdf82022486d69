// intent: whether the cross-sell model was never built, or is older than the newest import or than the last re-resolution of the customers' places (its popular lists are kept per canonical region)
OPTIONAL MATCH (m:CrossSellModel {name: 'current'})
OPTIONAL MATCH (d:Dataset)
WITH m, max(d.importedAt) AS newestImport
OPTIONAL MATCH (p:PlaceTableState {name: 'current'})
RETURN m IS NULL OR (newestImport IS NOT NULL AND m.refreshedAt < newestImport) OR (p.resolvedAt IS NOT NULL AND m.refreshedAt < p.resolvedAt) AS due
