// 本市可替代企业: the local firms operating in segment $segmentId that are present in $presentIn
// (founded in or before it or unknown, not dissolved in or before it; null: every firm), each
// with its supply into the cluster's (present) firms in this segment in $supplyYear, whether it
// is a member of the cluster, and its figures of $figuresYear. Those not yet supplying the
// cluster first, then largest revenue (without figures last), then credit code; $first of them.
// Local is the same test as gaps/segments' (local at $scope, $scopeRegion the cluster's code there).
MATCH (:Segment {id: $segmentId})<-[:OPERATES_IN]-(f:Enterprise)
WHERE coalesce(CASE $scope
        WHEN 'COUNTY' THEN f.local = true AND f.countyCode = $scopeRegion
        WHEN 'CITY' THEN f.local = true AND (f.regionDerived = true OR coalesce(f.cityCode = $scopeRegion, true))
        ELSE f.provinceCode = $scopeRegion OR (f.local = true AND (f.regionDerived = true OR f.provinceCode IS NULL)) END, false)
  AND ($presentIn IS NULL OR (coalesce(f.founded <= $presentIn, true) AND coalesce(f.dissolved > $presentIn, true)))
WITH DISTINCT f
CALL (f) {
  OPTIONAL MATCH (f)-[r:SUPPLIES]->(b)-[:IN_CLUSTER]->(:Cluster {id: $clusterId})
  WHERE r.year = $supplyYear AND r.segmentId = $segmentId
    AND ($presentIn IS NULL OR (coalesce(b.founded <= $presentIn, true) AND coalesce(b.dissolved > $presentIn, true)))
  RETURN count(r) > 0 AS suppliesCluster, toFloat(coalesce(sum(r.annualValue), 0)) AS suppliedValue
}
OPTIONAL MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: $figuresYear})
WITH f, fy, suppliesCluster, suppliedValue
ORDER BY suppliesCluster ASC, coalesce(fy.revenue, -1) DESC, f.creditCode ASC
LIMIT toInteger($first)
RETURN f {.creditCode, .name, .county, .city, .province, local: coalesce(f.local, false), chainLeader: coalesce(f.chainLeader, false)} AS enterprise,
       suppliesCluster, suppliedValue,
       EXISTS { (f)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) } AS clusterMember,
       toFloat(fy.revenue) AS revenue, fy.srdiLevel AS srdiLevel
