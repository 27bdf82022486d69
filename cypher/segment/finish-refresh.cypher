// intent: close a refresh with its counts and the thresholds it classified against
MATCH (r:Refresh {seq: $seq})
SET r += $properties, r.finishedAt = datetime()
