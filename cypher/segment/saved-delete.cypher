// intent: delete a saved custom segment by id, saying how many were deleted (0 or 1)
MATCH (s:SavedSegment {id: $id})
DELETE s
RETURN count(*) AS deleted
