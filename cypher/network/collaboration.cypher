// Collaboration network: institute COLLABORATES_WITH enterprise (in $year, when given), platform
// HOSTED_BY enterprise, platform SERVES cluster or enterprise (platforms established by $year or of
// unknown date). With $clusterId: ties of the cluster's member firms, and platforms serving the
// cluster. Every tie with both ends, at most $maxEdges of them, with the true count beside;
// clusterFound is false for an unknown $clusterId. One row, always, holding one JSON document
// (apoc.convert.toJson), which the driver decodes far faster than thousands of separate values.
CALL () {
  MATCH (i:ResearchInstitute)-[r:COLLABORATES_WITH]->(e:Enterprise)
  WHERE ($year IS NULL OR r.year = $year)
    AND ($clusterId IS NULL OR EXISTS { (e)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) })
  RETURN {kind: 'COLLABORATES_WITH', sourceKind: 'INSTITUTE', sourceKey: i.id, sourceLabel: i.name,
          targetKind: 'ENTERPRISE', targetKey: e.creditCode, targetLabel: e.name, targetLocal: coalesce(e.local, false),
          collaborationKind: r.kind, year: coalesce(r.year, 0), title: r.title} AS tie
  UNION ALL
  MATCH (p:ServicePlatform)-[:HOSTED_BY]->(e:Enterprise)
  WHERE ($year IS NULL OR p.established IS NULL OR p.established <= $year)
    AND ($clusterId IS NULL OR EXISTS { (e)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) })
  RETURN {kind: 'HOSTED_BY', sourceKind: 'PLATFORM', sourceKey: p.id, sourceLabel: p.name,
          targetKind: 'ENTERPRISE', targetKey: e.creditCode, targetLabel: e.name, targetLocal: coalesce(e.local, false)} AS tie
  UNION ALL
  MATCH (p:ServicePlatform)-[:SERVES]->(e:Enterprise)
  WHERE ($year IS NULL OR p.established IS NULL OR p.established <= $year)
    AND ($clusterId IS NULL OR EXISTS { (e)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) })
  RETURN {kind: 'SERVES', sourceKind: 'PLATFORM', sourceKey: p.id, sourceLabel: p.name,
          targetKind: 'ENTERPRISE', targetKey: e.creditCode, targetLabel: e.name, targetLocal: coalesce(e.local, false)} AS tie
  UNION ALL
  MATCH (p:ServicePlatform)-[:SERVES]->(c:Cluster)
  WHERE ($year IS NULL OR p.established IS NULL OR p.established <= $year)
    AND ($clusterId IS NULL OR c.id = $clusterId)
  RETURN {kind: 'SERVES', sourceKind: 'PLATFORM', sourceKey: p.id, sourceLabel: p.name,
          targetKind: 'CLUSTER', targetKey: c.id, targetLabel: c.name} AS tie
}
WITH collect(tie) AS ties
RETURN apoc.convert.toJson({
  clusterFound: $clusterId IS NULL OR EXISTS { MATCH (:Cluster {id: $clusterId}) },
  totalEdges: size(ties), ties: ties[0..$maxEdges]
}) AS network
