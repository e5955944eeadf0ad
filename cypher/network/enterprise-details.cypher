// The raw facts a graph view shows of each enterprise, in one pass over its relationships (the
// service picks the latest revenue and 专精特新 level and the first segment in chain order):
// [0, year, revenue, srdiLevel], [1, clusterId], [2, chainId, order, segmentId, segmentName]; and 链主.
UNWIND $codes AS code
MATCH (e:Enterprise {creditCode: code})
RETURN code AS creditCode, coalesce(e.chainLeader, false) AS chainLeader,
       [(e)-[r:HAS_YEAR|IN_CLUSTER|OPERATES_IN]->(x) |
         CASE type(r) WHEN 'HAS_YEAR' THEN [0, x.year, x.revenue, x.srdiLevel] WHEN 'IN_CLUSTER' THEN [1, x.id] ELSE [2, x.chainId, x.order, x.id, x.name] END] AS facts
