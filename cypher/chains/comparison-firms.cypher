// The firm facts behind the gap status of every cluster of a comparison in every segment of
// $segmentIds, at once: one row per (cluster, segment) with any (the service fills in zeros).
// Read live only for what the kept figures do not answer (`SegmentFigures.comparisonRows`: a
// segment not covered in the cluster's figures year, a cluster without a code at $scope or a
// figures year); the rest comes from aggregates/comparison-figures.
// The same facts as gaps/segments gives for one cluster (see there: the presence, "local at
// $scope" and 专精特新/链主 tests are the same), only those the status needs:
//   localFirms, localQualityFirms (local firms that are 专精特新 in the figures year or 链主),
//   clusterFirms.
// $clusters: [{clusterId, regionIndex, yearIndex}]: the cluster's code at $scope is
// $scopeRegions[regionIndex], its figures year $figuresYears[yearIndex] (the distinct values, so
// each firm is tested once per distinct region and year, not once per cluster: the clusters of a
// chain mostly share them); a firm counts for a cluster only when present in its figures year.
// The segments' firms are read once for all clusters; their memberships are one hash join with
// the clusters' members (walking each firm's relationships would read all its supply links).
MATCH (s:Segment)<-[:OPERATES_IN]-(f)
WHERE s.id IN $segmentIds
OPTIONAL MATCH (f)-[:IN_CLUSTER]->(m:Cluster)
USING JOIN ON f
WHERE m.id IN $clusterIds
WITH s.id AS segmentId, f, collect(m.id) AS memberOf
WITH segmentId, memberOf,
     [y IN $figuresYears | y IS NULL OR (coalesce(f.founded <= y, true) AND coalesce(f.dissolved > y, true))] AS presentIn,
     [r IN $scopeRegions | coalesce(CASE $scope
        WHEN 'COUNTY' THEN f.local = true AND f.countyCode = r
        WHEN 'CITY' THEN f.local = true AND (f.regionDerived = true OR coalesce(f.cityCode = r, true))
        ELSE f.provinceCode = r OR (f.local = true AND (f.regionDerived = true OR f.provinceCode IS NULL)) END, false)] AS localAt,
     // 专精特新 in the figures year by the EnterpriseYear key (one seek), or 链主
     [y IN $figuresYears | coalesce(f.chainLeader, false)
        OR EXISTS { MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: y}) WHERE fy.srdiLevel IN $srdiLevels }] AS qualityIn
UNWIND $clusters AS k
WITH k.clusterId AS clusterId, segmentId, presentIn[toInteger(k.yearIndex)] AS present, localAt[toInteger(k.regionIndex)] AS isLocal,
     k.clusterId IN memberOf AS inCluster, qualityIn[toInteger(k.yearIndex)] AS quality
WHERE present AND (isLocal OR inCluster)
RETURN clusterId, segmentId,
       count(CASE WHEN isLocal THEN 1 END) AS localFirms,
       count(CASE WHEN isLocal AND quality THEN 1 END) AS localQualityFirms,
       count(CASE WHEN inCluster THEN 1 END) AS clusterFirms
