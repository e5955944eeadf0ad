// Whether the figures need a rebuild: a segment without a head, or a head without every year the data has.
OPTIONAL MATCH (s:Segment)
WHERE NOT EXISTS { MATCH (h:SegmentFiguresHead {segmentId: s.id}) WHERE all(year IN $years WHERE year IN h.years) }
RETURN count(s) AS staleSegments
