// chainComparison's firm facts from the kept figures (server/aggregates/README.md), for all the
// clusters of a comparison at once (`SegmentFigures.comparisonRows`): one row.
//   covered: the [segmentId, year] of $segmentIds × $figuresYears whose figures cover that year
//     (the head lists it, and the segment has as many OPERATES_IN as when they were computed: the
//     check of aggregates/segment-figures); the service reads the other pairs with
//     chains/comparison-firms.
//   local: per covered [segmentId, year] and region of $scopeRegions (the clusters' codes at
//     $scope, none null), the localFirms and localQualityFirms of gaps/segments at $scope: the sum
//     of the region's bucket and '*' (rows only where there are local firms).
//   cluster: per cluster of $clusterIds and segment with members in it, clusterFirms: its members
//     present in its figures year ($figuresYearOf[clusterId], not null), read live. The segments'
//     firms are joined with the clusters' members (as chains/comparison-firms: walking each
//     member's relationships would read all its supply links), and only the joined firms are read.
CALL () {
  UNWIND $segmentIds AS segmentId
  MATCH (s:Segment {id: segmentId})
  MATCH (h:SegmentFiguresHead {segmentId: segmentId})
  WHERE h.linkedFirms = COUNT { (s)<-[:OPERATES_IN]-() }
  UNWIND [y IN $figuresYears WHERE y IN h.years] AS year
  RETURN collect([segmentId, year]) AS covered
}
CALL (covered) {
  UNWIND covered AS pair
  UNWIND $scopeRegions AS region
  MATCH (a:SegmentFigures {segmentId: pair[0], year: pair[1], scope: $scope})
  WHERE a.region IN [region, '*']
  WITH pair, region, sum(a.localFirms) AS localFirms, sum(a.localQualityFirms) AS localQualityFirms
  RETURN collect({segmentId: pair[0], year: pair[1], region: region, localFirms: localFirms, localQualityFirms: localQualityFirms}) AS local
}
CALL () {
  MATCH (s:Segment)<-[:OPERATES_IN]-(f)
  WHERE s.id IN $segmentIds
  MATCH (f)-[:IN_CLUSTER]->(m:Cluster)
  USING JOIN ON f
  WHERE m.id IN $clusterIds
  WITH s, f, $figuresYearOf[m.id] AS year, m
  WHERE coalesce(f.founded <= year, true) AND coalesce(f.dissolved > year, true)
  WITH m.id AS clusterId, s.id AS segmentId, count(*) AS clusterFirms
  RETURN collect({clusterId: clusterId, segmentId: segmentId, clusterFirms: clusterFirms}) AS cluster
}
RETURN covered, local, cluster
