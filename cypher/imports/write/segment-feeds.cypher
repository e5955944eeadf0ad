// Replaces the FEEDS of segments whose feeds cell was given; returns the ids whose FEEDS changed.
UNWIND $rows AS row
MATCH (s:Segment {id: row.id})
WITH row, s, COLLECT { MATCH (s)-[:FEEDS]->(t:Segment) RETURN t.id } AS oldFeeds
WITH row, s, NOT (size(oldFeeds) = size(row.feeds) AND all(f IN row.feeds WHERE f IN oldFeeds)) AS changed
CALL (row, s) {
  MATCH (s)-[r:FEEDS]->(t:Segment)
  WHERE NOT t.id IN row.feeds
  DELETE r
}
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET s.updatedBy = $user, s.updatedAt = datetime($at))
WITH row, s, changed
CALL (row, s) {
  UNWIND row.feeds AS feed
  MATCH (t:Segment {id: feed})
  MERGE (s)-[:FEEDS]->(t)
}
RETURN count(*) AS rows, collect(CASE WHEN changed THEN row.id END) AS changedIds
