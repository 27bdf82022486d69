// intent: one saved custom segment by id
MATCH (s:SavedSegment {id: $id})
RETURN s {.*} AS segment
