// intent: the version of the place table the customers' stored place ids were last resolved with (none before the first start)
OPTIONAL MATCH (s:PlaceTableState {name: 'current'})
RETURN s.version AS version
