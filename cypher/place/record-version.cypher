// intent: record that every customer's place ids are resolved with this version of the place table
MERGE (s:PlaceTableState {name: 'current'})
SET s.version = $version, s.resolvedAt = datetime()
