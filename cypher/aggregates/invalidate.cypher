// A writer that does not recompute the figures in its own transaction (a batch of a staged import,
// a batch of its rollback) drops the heads of the segments it touches ($segmentIds; null: every
// segment): until they are recomputed, reports read those segments' firms.
MATCH (h:SegmentFiguresHead)
WHERE $segmentIds IS NULL OR h.segmentId IN $segmentIds
DELETE h
