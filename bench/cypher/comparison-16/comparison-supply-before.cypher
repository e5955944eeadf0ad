// BEFORE #16, kept for bench/comparison-kept.ts only (the app's statement is cypher/chains/comparison-supply.cypher).
// The supply facts behind the gap status of every cluster of a comparison in every segment of
// $segmentIds in $supplyYear, at once: one row per (cluster, segment) with inflow. The same sums
// as gaps/supply's flows for one cluster (see there: buyer and supplier present in the cluster's
// figuresYear, the supplier local at $scope), added up in the same order (per supplier, then
// the suppliers by value), so the ratios are the report's to the last digit:
//   inflow (sum of annualValue into the cluster's firms), localInflow (the part from local suppliers).
// $clusters: [{clusterId, scopeRegion (the cluster's code at $scope), figuresYear}]. Each
// cluster's links are found from its members (its own inbound links, whatever else the database holds).
UNWIND $clusters AS k
MATCH (:Cluster {id: k.clusterId})<-[:IN_CLUSTER]-(b)<-[r:SUPPLIES]-(sup)
WHERE r.year = $supplyYear AND r.segmentId IN $segmentIds
  AND (k.figuresYear IS NULL OR (coalesce(b.founded <= k.figuresYear, true) AND coalesce(b.dissolved > k.figuresYear, true)
                                 AND coalesce(sup.founded <= k.figuresYear, true) AND coalesce(sup.dissolved > k.figuresYear, true)))
WITH k, r.segmentId AS segmentId, sup, sum(r.annualValue) AS value
WITH k, segmentId, sup, value, coalesce(CASE $scope
       WHEN 'COUNTY' THEN sup.local = true AND sup.countyCode = k.scopeRegion
       WHEN 'CITY' THEN sup.local = true AND (sup.regionDerived = true OR coalesce(sup.cityCode = k.scopeRegion, true))
       ELSE sup.provinceCode = k.scopeRegion OR (sup.local = true AND (sup.regionDerived = true OR sup.provinceCode IS NULL)) END, false) AS supLocal
ORDER BY round(value, 6) DESC, sup.creditCode
WITH k.clusterId AS clusterId, segmentId, sum(value) AS inflow, sum(CASE WHEN supLocal THEN value ELSE 0 END) AS localInflow
RETURN clusterId, segmentId, toFloat(inflow) AS inflow, toFloat(localInflow) AS localInflow
