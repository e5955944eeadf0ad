// A chain-gap report's firm facts from the kept figures (server/aggregates/README.md): one row.
//   coveredIds: the segments of $segmentIds whose figures cover $figuresYear (a head with that
//     year, and as many OPERATES_IN as when they were computed); liveIds: the others, which the
//     service reads with gaps/segments.
//   local: per covered segment with local firms, gaps/segments' local* columns at $scope: the
//     sum of the cluster's region bucket ($scopeRegion, not null) and the '*' bucket.
//   cluster: per covered segment with cluster firms, its cluster* columns, read live (bounded
//     by the cluster's members), as gaps/segments counts them.
CALL () {
  UNWIND $segmentIds AS segmentId
  OPTIONAL MATCH (s:Segment {id: segmentId})
  OPTIONAL MATCH (h:SegmentFiguresHead {segmentId: segmentId})
  WITH segmentId, coalesce(s IS NOT NULL AND $figuresYear IN h.years AND h.linkedFirms = COUNT { (s)<-[:OPERATES_IN]-() }, false) AS covered
  RETURN collect(CASE WHEN covered THEN segmentId END) AS coveredIds, collect(CASE WHEN NOT covered THEN segmentId END) AS liveIds
}
CALL (coveredIds) {
  UNWIND coveredIds AS segmentId
  MATCH (a:SegmentFigures {segmentId: segmentId, year: $figuresYear, scope: $scope})
  WHERE a.region IN [$scopeRegion, '*']
  WITH segmentId,
       sum(a.localFirms) AS localFirms,
       toFloat(sum(a.localRevenue)) AS localRevenue,
       sum(a.localRevenueFirms) AS localRevenueFirms,
       sum(a.localSrdiFirms) AS localSrdiFirms,
       sum(a.localChainLeaders) AS localChainLeaders,
       sum(a.localQualityFirms) AS localQualityFirms
  RETURN collect({segmentId: segmentId, localFirms: localFirms, localRevenue: localRevenue, localRevenueFirms: localRevenueFirms,
                  localSrdiFirms: localSrdiFirms, localChainLeaders: localChainLeaders, localQualityFirms: localQualityFirms}) AS local
}
// The members are read from the cluster's side, each firm's figures once (not once per segment),
// and its segments compared as nodes (no property read per relationship).
CALL (coveredIds) {
  MATCH (s:Segment) WHERE s.id IN coveredIds
  WITH collect(s) AS segments
  MATCH (:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(f)
  WHERE coalesce(f.founded <= $figuresYear, true) AND coalesce(f.dissolved > $figuresYear, true)
  OPTIONAL MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: $figuresYear})
  WITH segments, f, coalesce(fy.revenue, 0) AS revenue, fy.revenue IS NOT NULL AS hasRevenue,
       coalesce(fy.srdiLevel IN $srdiLevels, false) AS srdi, coalesce(f.chainLeader, false) AS leader
  MATCH (f)-[:OPERATES_IN]->(s)
  WHERE s IN segments
  WITH s.id AS segmentId, revenue, hasRevenue, srdi, leader
  WITH segmentId,
       count(*) AS clusterFirms,
       toFloat(sum(revenue)) AS clusterRevenue,
       count(CASE WHEN hasRevenue THEN 1 END) AS clusterRevenueFirms,
       count(CASE WHEN srdi THEN 1 END) AS clusterSrdiFirms,
       count(CASE WHEN leader THEN 1 END) AS clusterChainLeaders
  RETURN collect({segmentId: segmentId, clusterFirms: clusterFirms, clusterRevenue: clusterRevenue, clusterRevenueFirms: clusterRevenueFirms,
                  clusterSrdiFirms: clusterSrdiFirms, clusterChainLeaders: clusterChainLeaders}) AS cluster
}
RETURN coveredIds, liveIds, local, cluster
