// Upserts synonyms of the segments' dictionaries (key: segmentId, term); the segment exists (checked by validation).
UNWIND $rows AS row
MATCH (:Segment {id: row.segmentId})
OPTIONAL MATCH (old:Synonym {segmentId: row.segmentId, term: row.term})
WITH row, properties(old) AS before
MERGE (y:Synonym {segmentId: row.segmentId, term: row.term})
SET y.canonical = row.canonical
WITH before, properties(y) AS after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
