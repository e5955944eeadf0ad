// Deletes one synonym (key: segmentId, term) and returns it as it was; no row when there is none.
MATCH (y:Synonym {segmentId: $segmentId, term: $term})
OPTIONAL MATCH (s:Segment {id: y.segmentId})
WITH y, s, y {.segmentId, .term, .canonical, .updatedBy} AS gone, toString(y.updatedAt) AS updatedAt
DELETE y
RETURN gone.segmentId AS segmentId, s.name AS segmentName, s.chainId AS chainId, gone.term AS term, gone.canonical AS canonical,
       gone.updatedBy AS updatedBy, updatedAt
