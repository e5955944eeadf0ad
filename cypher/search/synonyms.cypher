// The synonym dictionaries (:Synonym {segmentId, term, canonical}): one segment's ($segmentId) or all, by chain, segment order, canonical word, term.
MATCH (y:Synonym)
WHERE $segmentId IS NULL OR y.segmentId = $segmentId
OPTIONAL MATCH (s:Segment {id: y.segmentId})
RETURN y.segmentId AS segmentId, s.name AS segmentName, s.chainId AS chainId, y.term AS term, y.canonical AS canonical,
       y.updatedBy AS updatedBy, toString(y.updatedAt) AS updatedAt
ORDER BY s.chainId, s.order, y.segmentId, y.canonical, y.term
