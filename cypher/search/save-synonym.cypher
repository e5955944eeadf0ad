// Creates or changes one synonym of a segment's dictionary (key: segmentId, term); nothing when the segment is unknown.
// Returns it with its canonical word before the change (null: it is new).
MATCH (s:Segment {id: $segmentId})
OPTIONAL MATCH (old:Synonym {segmentId: $segmentId, term: $term})
WITH s, old.canonical AS before
MERGE (y:Synonym {segmentId: $segmentId, term: $term})
SET y.canonical = $canonical, y.updatedBy = $by, y.updatedAt = datetime($now)
RETURN y.segmentId AS segmentId, s.name AS segmentName, s.chainId AS chainId, y.term AS term, y.canonical AS canonical,
       y.updatedBy AS updatedBy, toString(y.updatedAt) AS updatedAt, before
