// The firm facts behind each segment's gap status, one row per segment of $segmentIds that has
// any (the service fills in zeros for the rest); the status itself is decided by the service.
//   local firms: firms local at $scope (below; any cluster) OPERATES_IN the segment; cluster firms:
//   members of the cluster in it; each with revenue, 专精特新 (srdiLevel in $srdiLevels) and 链主
//   counts in $figuresYear. localQualityFirms: local firms that are 专精特新 or 链主 (for STRONG).
//   localRevenueFirms / clusterRevenueFirms: the firms with a revenue figure behind each revenue
//   sum (counted here, with the sum, for the disclosure rule of server/auth/disclosure.ts).
// The supply side (inflow, suppliers, buyers, risks, targets) is gaps/supply.
// Local firms are any cluster's, so the segments' firms are read (OPERATES_IN); membership is a
// hash join with the cluster's members. A firm's figures are looked up by the key of
// EnterpriseYear (creditCode, year): one index seek, where walking HAS_YEAR reads every year
// of every firm (PROFILE at S: 10k db hits instead of 98k).
// A firm counts only when present in $presentIn (PRODUCT.md: founded in or before it or unknown,
// not dissolved in or before it; null: every firm). $attracted (what-if-attract, else []): firms
// treated as local members of the cluster.
// Local at $scope (LocalScope; $scopeRegion: the cluster's county / city / province code): the
// file's local flag wins at COUNTY and CITY (a firm not local never is); at CITY a local firm
// counts unless its stated city is another one (a region derived from the credit code, or none,
// does not outweigh the flag); at PROVINCE any firm of the cluster's province counts. Equality on
// stored codes (countyCode, cityCode, provinceCode): no string work per row.
MATCH (s:Segment)<-[:OPERATES_IN]-(f)
WHERE s.id IN $segmentIds
  AND ($presentIn IS NULL OR (coalesce(f.founded <= $presentIn, true) AND coalesce(f.dissolved > $presentIn, true)))
OPTIONAL MATCH (f)-[member:IN_CLUSTER]->(:Cluster {id: $clusterId})
USING JOIN ON f
WITH s.id AS segmentId, f, f.creditCode IN $attracted AS attracted, member
WITH segmentId, f, attracted OR coalesce(CASE $scope
       WHEN 'COUNTY' THEN f.local = true AND f.countyCode = $scopeRegion
       WHEN 'CITY' THEN f.local = true AND (f.regionDerived = true OR coalesce(f.cityCode = $scopeRegion, true))
       ELSE f.provinceCode = $scopeRegion OR (f.local = true AND (f.regionDerived = true OR f.provinceCode IS NULL)) END, false) AS isLocal,
     member IS NOT NULL OR attracted AS inCluster
WHERE isLocal OR inCluster
OPTIONAL MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: $figuresYear})
WITH segmentId, isLocal, inCluster, coalesce(fy.revenue, 0) AS revenue, fy.revenue IS NOT NULL AS hasRevenue,
     coalesce(fy.srdiLevel IN $srdiLevels, false) AS srdi, coalesce(f.chainLeader, false) AS leader
RETURN segmentId,
       count(CASE WHEN isLocal THEN 1 END) AS localFirms,
       toFloat(sum(CASE WHEN isLocal THEN revenue ELSE 0 END)) AS localRevenue,
       count(CASE WHEN isLocal AND hasRevenue THEN 1 END) AS localRevenueFirms,
       count(CASE WHEN isLocal AND srdi THEN 1 END) AS localSrdiFirms,
       count(CASE WHEN isLocal AND leader THEN 1 END) AS localChainLeaders,
       count(CASE WHEN isLocal AND (srdi OR leader) THEN 1 END) AS localQualityFirms,
       count(CASE WHEN inCluster THEN 1 END) AS clusterFirms,
       toFloat(sum(CASE WHEN inCluster THEN revenue ELSE 0 END)) AS clusterRevenue,
       count(CASE WHEN inCluster AND hasRevenue THEN 1 END) AS clusterRevenueFirms,
       count(CASE WHEN inCluster AND srdi THEN 1 END) AS clusterSrdiFirms,
       count(CASE WHEN inCluster AND leader THEN 1 END) AS clusterChainLeaders
