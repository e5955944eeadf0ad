// The facts behind each segment's gap status, one row per id in $segmentIds (the chain's
// segments); the status itself is decided by the service (thresholds are per request).
//   local firms: Enterprise.local = true (any cluster) OPERATES_IN the segment; cluster firms:
//   members of the cluster in it; each with revenue, 专精特新 (srdiLevel in $srdiLevels) and 链主
//   counts in $figuresYear. localQualityFirms: local firms that are 专精特新 or 链主 (for STRONG).
//   inflow: sum of annualValue of SUPPLIES with that segmentId and year = $supplyYear whose buyer
//   is a cluster firm; localInflow: the part from local suppliers; top: the largest single
//   supplier (by its summed value; ties by credit code). (Buyer counts: gaps/single-source.)
// Membership is a hash join of the cluster's members with the segments' firms / links (the
// supplies_segment_year index), so no firm's relationships are walked one by one.
CALL () {
  MATCH (s:Segment)<-[:OPERATES_IN]-(f)
  WHERE s.id IN $segmentIds
  OPTIONAL MATCH (f)-[member:IN_CLUSTER]->(:Cluster {id: $clusterId})
  USING JOIN ON f
  WITH s.id AS segmentId, f, f.local = true AS isLocal, member IS NOT NULL AS inCluster
  WHERE isLocal OR inCluster
  OPTIONAL MATCH (f)-[:HAS_YEAR]->(fy:EnterpriseYear {year: $figuresYear})
  WITH segmentId, isLocal, inCluster, coalesce(fy.revenue, 0) AS revenue,
       coalesce(fy.srdiLevel IN $srdiLevels, false) AS srdi, coalesce(f.chainLeader, false) AS leader
  WITH segmentId,
       count(CASE WHEN isLocal THEN 1 END) AS localFirms,
       sum(CASE WHEN isLocal THEN revenue ELSE 0 END) AS localRevenue,
       count(CASE WHEN isLocal AND srdi THEN 1 END) AS localSrdiFirms,
       count(CASE WHEN isLocal AND leader THEN 1 END) AS localChainLeaders,
       count(CASE WHEN isLocal AND (srdi OR leader) THEN 1 END) AS localQualityFirms,
       count(CASE WHEN inCluster THEN 1 END) AS clusterFirms,
       sum(CASE WHEN inCluster THEN revenue ELSE 0 END) AS clusterRevenue,
       count(CASE WHEN inCluster AND srdi THEN 1 END) AS clusterSrdiFirms,
       count(CASE WHEN inCluster AND leader THEN 1 END) AS clusterChainLeaders
  RETURN collect({segmentId: segmentId, localFirms: localFirms, localRevenue: localRevenue, localSrdiFirms: localSrdiFirms,
                  localChainLeaders: localChainLeaders, localQualityFirms: localQualityFirms, clusterFirms: clusterFirms,
                  clusterRevenue: clusterRevenue, clusterSrdiFirms: clusterSrdiFirms, clusterChainLeaders: clusterChainLeaders}) AS firmStats
}
CALL () {
  MATCH (sup)-[r:SUPPLIES]->(b)-[:IN_CLUSTER]->(:Cluster {id: $clusterId})
  USING INDEX r:SUPPLIES(segmentId, year)
  USING JOIN ON b
  WHERE r.segmentId IN $segmentIds AND r.year = $supplyYear
  WITH r.segmentId AS segmentId, sup, sum(r.annualValue) AS value
  ORDER BY value DESC, sup.creditCode
  WITH segmentId, sum(value) AS inflow, sum(CASE WHEN sup.local = true THEN value ELSE 0 END) AS localInflow,
       count(sup) AS supplierCount, collect(sup)[0] AS top, max(value) AS topValue
  RETURN collect({segmentId: segmentId, inflow: inflow, localInflow: localInflow, supplierCount: supplierCount,
                  topCode: top.creditCode, topName: top.name, topValue: topValue}) AS flows
}
UNWIND $segmentIds AS segmentId
WITH segmentId, [x IN firmStats WHERE x.segmentId = segmentId][0] AS firms, [x IN flows WHERE x.segmentId = segmentId][0] AS flow
RETURN segmentId,
       coalesce(firms.localFirms, 0) AS localFirms, toFloat(coalesce(firms.localRevenue, 0)) AS localRevenue,
       coalesce(firms.localSrdiFirms, 0) AS localSrdiFirms, coalesce(firms.localChainLeaders, 0) AS localChainLeaders,
       coalesce(firms.localQualityFirms, 0) AS localQualityFirms,
       coalesce(firms.clusterFirms, 0) AS clusterFirms, toFloat(coalesce(firms.clusterRevenue, 0)) AS clusterRevenue,
       coalesce(firms.clusterSrdiFirms, 0) AS clusterSrdiFirms, coalesce(firms.clusterChainLeaders, 0) AS clusterChainLeaders,
       toFloat(coalesce(flow.inflow, 0)) AS inflow, toFloat(coalesce(flow.localInflow, 0)) AS localInflow,
       coalesce(flow.supplierCount, 0) AS supplierCount,
       flow.topCode AS topSupplierCode, flow.topName AS topSupplierName, toFloat(flow.topValue) AS topSupplierValue
