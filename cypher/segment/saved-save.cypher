// intent: create or replace a saved custom segment by id; saving the same content again keeps its updatedAt
MERGE (s:SavedSegment {id: $id})
ON CREATE SET s.createdAt = $now
SET s.updatedAt = CASE WHEN s.name = $name AND s.description = $description AND s.filterJson = $filterJson THEN s.updatedAt ELSE $now END
SET s.name = $name, s.description = $description, s.filterJson = $filterJson
RETURN s {.*} AS segment
