// Every segment (a full rebuild of the figures), and the heads of segments that no longer exist.
CALL () {
  MATCH (s:Segment)
  RETURN collect(s.id) AS segmentIds
}
CALL () {
  MATCH (h:SegmentFiguresHead)
  WHERE NOT EXISTS { MATCH (:Segment {id: h.segmentId}) }
  RETURN collect(h.segmentId) AS goneIds
}
RETURN segmentIds, goneIds
