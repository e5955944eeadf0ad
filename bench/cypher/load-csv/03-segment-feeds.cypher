// segments.csv again: FEEDS (the feeds cell is a ';' list of segment ids).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Segment {id: row.segment_id})
  UNWIND CASE WHEN row.feeds IS NULL THEN [] ELSE split(row.feeds, ';') END AS feed
  MATCH (t:Segment {id: trim(feed)})
  MERGE (s)-[:FEEDS]->(t)
} IN TRANSACTIONS OF 10000 ROWS
