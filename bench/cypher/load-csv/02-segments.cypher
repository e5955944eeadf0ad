// segments.csv: segments under their chain (FEEDS in 03 once every segment exists).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (chain:Chain {id: row.chain_id})
  MERGE (s:Segment {id: row.segment_id})
  SET s.chainId = row.chain_id, s.name = row.name, s.stage = row.stage, s.order = toInteger(row.order)
  MERGE (chain)-[:HAS_SEGMENT]->(s)
} IN TRANSACTIONS OF 10000 ROWS
