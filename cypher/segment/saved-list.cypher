// intent: every saved custom segment, by name then id
MATCH (s:SavedSegment)
RETURN s {.*} AS segment
ORDER BY s.name, s.id
