// Upserts segments (key: id) under their chain. FEEDS are written by segment-feeds once every segment exists.
UNWIND $rows AS row
MATCH (chain:Chain {id: row.chainId})
OPTIONAL MATCH (old:Segment {id: row.id})
WITH row, chain, properties(old) AS before
MERGE (s:Segment {id: row.id})
SET s.chainId = row.chainId,
    s.name = row.name,
    s.stage = row.stage,
    s.order = toInteger(row.order)
MERGE (chain)-[:HAS_SEGMENT]->(s)
WITH row, before, properties(s) AS after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated,
       collect(CASE WHEN before IS NOT NULL AND before = after THEN row.id END) AS unchangedIds
