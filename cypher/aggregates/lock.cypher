// Takes the write lock of each segment's figures before they are recomputed (creating its head
// if needed): writers that recompute the same segment run one after another, and the last one
// reads everything the others committed. In id order, so two writers never wait on each other.
// Setting a property takes the node's write lock even when the value stays the same: the heads
// stay the same from one computation to the next (no time stamps), as derived data should.
UNWIND $segmentIds AS segmentId
WITH segmentId ORDER BY segmentId
MERGE (h:SegmentFiguresHead {segmentId: segmentId})
SET h.locked = true
RETURN count(h) AS locked
