// A writer that does not recompute the figures in its own transaction (a batch of a staged import,
// a batch of its rollback) drops every head: until a rebuild, reports read the firms themselves.
MATCH (h:SegmentFiguresHead)
DELETE h
