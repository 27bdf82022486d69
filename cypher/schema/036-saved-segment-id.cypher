// intent: a saved custom segment has one id, so saving it again replaces it instead of adding a copy
CREATE CONSTRAINT saved_segment_id IF NOT EXISTS
FOR (s:SavedSegment)
REQUIRE s.id IS UNIQUE
