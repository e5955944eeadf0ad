// Per-year local-firm figures of each segment (server/aggregates/README.md): one row per
// (segment, year, scope, region bucket), read by exact seeks; one head per segment says which
// years its rows cover and serialises the writers that recompute it.
CREATE CONSTRAINT segment_figures_key IF NOT EXISTS FOR (a:SegmentFigures) REQUIRE (a.segmentId, a.year, a.scope, a.region) IS UNIQUE;
CREATE CONSTRAINT segment_figures_head_id IF NOT EXISTS FOR (h:SegmentFiguresHead) REQUIRE h.segmentId IS UNIQUE;
