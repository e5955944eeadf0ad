// What a graph view shows of each enterprise node: revenue in the latest year that has one, its
// clusters, and its first segment in chain order.
UNWIND $codes AS code
MATCH (e:Enterprise {creditCode: code})
RETURN code,
       COLLECT { MATCH (e)-[:HAS_YEAR]->(y:EnterpriseYear) WHERE y.revenue IS NOT NULL RETURN y.revenue ORDER BY y.year DESC LIMIT 1 }[0] AS revenue,
       COLLECT { MATCH (e)-[:IN_CLUSTER]->(c:Cluster) RETURN c.id ORDER BY c.id } AS clusterIds,
       COLLECT { MATCH (e)-[:OPERATES_IN]->(s:Segment) RETURN s.id ORDER BY s.chainId, s.order, s.id LIMIT 1 }[0] AS segmentId
