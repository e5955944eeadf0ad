// The firm facts behind the gap status of every cluster of a comparison in every segment of
// $segmentIds, at once: one row per (cluster, segment) with any (the service fills in zeros).
// The same facts as gaps/segments gives for one cluster (see there: the presence, "local at
// $scope" and 专精特新/链主 tests are the same), only those the status needs:
//   localFirms, localQualityFirms (local firms that are 专精特新 in the figures year or 链主),
//   clusterFirms.
// $clusters: [{clusterId, scopeRegion (the cluster's code at $scope), figuresYear}]; a firm
// counts for a cluster only when present in that cluster's figuresYear.
// The segments' firms are read once for all clusters; their memberships are one hash join with
// the clusters' members (walking each firm's relationships would read all its supply links).
MATCH (s:Segment)<-[:OPERATES_IN]-(f)
WHERE s.id IN $segmentIds
OPTIONAL MATCH (f)-[:IN_CLUSTER]->(m:Cluster)
  WHERE m.id IN $clusterIds
USING JOIN ON f
WITH s.id AS segmentId, f, collect(m.id) AS memberOf
UNWIND $clusters AS k
WITH segmentId, f, k, k.clusterId IN memberOf AS inCluster
WHERE k.figuresYear IS NULL OR (coalesce(f.founded <= k.figuresYear, true) AND coalesce(f.dissolved > k.figuresYear, true))
WITH segmentId, f, k, inCluster, coalesce(CASE $scope
       WHEN 'COUNTY' THEN f.local = true AND f.countyCode = k.scopeRegion
       WHEN 'CITY' THEN f.local = true AND (f.regionDerived = true OR coalesce(f.cityCode = k.scopeRegion, true))
       ELSE f.provinceCode = k.scopeRegion OR (f.local = true AND (f.regionDerived = true OR f.provinceCode IS NULL)) END, false) AS isLocal
WHERE isLocal OR inCluster
// 专精特新 in the figures year by the EnterpriseYear key, asked only of local firms that are not 链主
WITH k.clusterId AS clusterId, segmentId, isLocal, inCluster,
     isLocal AND (coalesce(f.chainLeader, false)
                  OR EXISTS { MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: k.figuresYear}) WHERE fy.srdiLevel IN $srdiLevels }) AS quality
RETURN clusterId, segmentId,
       count(CASE WHEN isLocal THEN 1 END) AS localFirms,
       count(CASE WHEN quality THEN 1 END) AS localQualityFirms,
       count(CASE WHEN inCluster THEN 1 END) AS clusterFirms
