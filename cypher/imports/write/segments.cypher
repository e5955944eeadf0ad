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
WITH row, s, before, properties(s) AS after
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after THEN [1] ELSE [] END | SET s.updatedBy = $user, s.updatedAt = datetime($at))
WITH row, before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated,
       collect(CASE WHEN before IS NOT NULL AND before = after THEN row.id END) AS unchangedIds
