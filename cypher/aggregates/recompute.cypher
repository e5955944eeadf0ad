// Recomputes the local-firm figures of the segments $segmentIds for every year of $years, the
// caller holding their locks (aggregates/lock): their old rows go, one row per (segment, year,
// scope, region bucket) with local firms comes, and each head records the years and the
// segment's OPERATES_IN count (a reader's check that nothing wrote behind the app's back).
// The buckets are gaps/segments' "local at $scope" rule turned around: a firm is local to a
// cluster at COUNTY when it is local and in the cluster's county; at CITY when it is local and
// in the cluster's city, or local with a region derived from its credit code or none ('*':
// local for every city); at PROVINCE when it is in the cluster's province, or local with a
// derived region or none ('*'). So each firm is in at most one bucket per scope, and a
// cluster's local figures at a scope are its region's bucket plus '*'. A firm counts in year Y
// when present in Y (founded empty or <= Y, dissolved empty or > Y), with the figures of Y.
CALL () {
  UNWIND $segmentIds AS segmentId
  MATCH (a:SegmentFigures {segmentId: segmentId})
  DELETE a
}
CALL () {
  UNWIND $segmentIds AS segmentId
  MATCH (s:Segment {id: segmentId})<-[:OPERATES_IN]-(f)
  WITH s.id AS segmentId, f,
       CASE WHEN f.local = true THEN f.countyCode END AS county,
       CASE WHEN f.local = true THEN CASE WHEN f.regionDerived = true OR f.cityCode IS NULL THEN '*' ELSE f.cityCode END END AS city,
       CASE WHEN f.local = true AND (f.regionDerived = true OR f.provinceCode IS NULL) THEN '*' ELSE f.provinceCode END AS province
  WHERE county IS NOT NULL OR city IS NOT NULL OR province IS NOT NULL
  UNWIND $years AS y
  WITH segmentId, f, county, city, province, toInteger(y) AS year
  WHERE coalesce(f.founded <= year, true) AND coalesce(f.dissolved > year, true)
  OPTIONAL MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: year})
  WITH segmentId, year, county, city, province, coalesce(fy.revenue, 0) AS revenue, fy.revenue IS NOT NULL AS hasRevenue,
       coalesce(fy.srdiLevel IN $srdiLevels, false) AS srdi, coalesce(f.chainLeader, false) AS leader
  UNWIND [['COUNTY', county], ['CITY', city], ['PROVINCE', province]] AS bucket
  WITH segmentId, year, bucket[0] AS scope, bucket[1] AS region, revenue, hasRevenue, srdi, leader
  WHERE region IS NOT NULL
  WITH segmentId, year, scope, region,
       count(*) AS localFirms,
       toFloat(sum(revenue)) AS localRevenue,
       count(CASE WHEN hasRevenue THEN 1 END) AS localRevenueFirms,
       count(CASE WHEN srdi THEN 1 END) AS localSrdiFirms,
       count(CASE WHEN leader THEN 1 END) AS localChainLeaders,
       count(CASE WHEN srdi OR leader THEN 1 END) AS localQualityFirms
  CREATE (:SegmentFigures {segmentId: segmentId, year: year, scope: scope, region: region, localFirms: localFirms,
                           localRevenue: localRevenue, localRevenueFirms: localRevenueFirms, localSrdiFirms: localSrdiFirms,
                           localChainLeaders: localChainLeaders, localQualityFirms: localQualityFirms})
}
CALL () {
  UNWIND $segmentIds AS segmentId
  MATCH (h:SegmentFiguresHead {segmentId: segmentId})
  OPTIONAL MATCH (s:Segment {id: segmentId})
  WITH h, s WHERE s IS NULL
  DELETE h
}
UNWIND $segmentIds AS segmentId
MATCH (h:SegmentFiguresHead {segmentId: segmentId})
MATCH (s:Segment {id: segmentId})
SET h.years = [y IN $years | toInteger(y)], h.linkedFirms = COUNT { (s)<-[:OPERATES_IN]-() }
RETURN count(h) AS segments
