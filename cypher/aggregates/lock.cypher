// Takes the write lock of each segment's figures before they are recomputed (creating its head
// if needed): writers that recompute the same segment run one after another, and the last one
// reads everything the others committed. In id order, so two writers never wait on each other.
UNWIND $segmentIds AS segmentId
WITH segmentId ORDER BY segmentId
MERGE (h:SegmentFiguresHead {segmentId: segmentId})
SET h.lockedAt = timestamp()
RETURN count(h) AS locked
