// intent: note that products or categories changed (one more catalogue version), so cached copies are read again
MERGE (s:CatalogueState {name: 'current'})
SET s.version = coalesce(s.version, 0) + 1
