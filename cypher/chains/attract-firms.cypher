// The firms of a what-if-attract ($codes, credit codes as stored) with what its checks and the
// 2026-dashboard indicators need, one row per code: known (an Enterprise), local (at $scope: the
// same test as gaps/segments'), present in
// $presentIn (founded in or before it or unknown, not dissolved in or before it), already a
// member of some cluster (then the dashboard counts it already), its figures of $figuresYear and
// of $baselineYear, whether it did digital transformation / a green diagnosis in a year after
// $baselineYear up to $figuresYear; and the cluster's output in $figuresYear (null: unknown).
OPTIONAL MATCH (:Cluster {id: $clusterId})-[:HAS_YEAR]->(cy:ClusterYear {year: $figuresYear})
WITH cy.output AS clusterOutput
UNWIND $codes AS code
OPTIONAL MATCH (e:Enterprise {creditCode: code})
OPTIONAL MATCH (cur:EnterpriseYear {creditCode: code, year: $figuresYear})
OPTIONAL MATCH (base:EnterpriseYear {creditCode: code, year: $baselineYear})
RETURN code, clusterOutput, e IS NOT NULL AS known, e.name AS name,
       coalesce(CASE $scope
         WHEN 'COUNTY' THEN e.local = true AND e.countyCode = $scopeRegion
         WHEN 'CITY' THEN e.local = true AND (e.regionDerived = true OR coalesce(e.cityCode = $scopeRegion, true))
         ELSE e.provinceCode = $scopeRegion OR (e.local = true AND (e.regionDerived = true OR e.provinceCode IS NULL)) END, false) AS local,
       $presentIn IS NULL OR (coalesce(e.founded <= $presentIn, true) AND coalesce(e.dissolved > $presentIn, true)) AS present,
       e IS NOT NULL AND EXISTS { (e)-[:IN_CLUSTER]->(:Cluster) } AS clusterFirm,
       toFloat(cur.revenue) AS revenue,
       coalesce(cur.aboveScale, false) AS aboveScale,
       coalesce(cur.srdiLevel IN $srdiLevels, false) AS srdi,
       coalesce(base.srdiLevel IN $srdiLevels, false) AS baseSrdi,
       coalesce(cur.smartFactory, false) AS smartFactory,
       coalesce(base.smartFactory, false) AS baseSmartFactory,
       coalesce(cur.greenList, false) AS greenList,
       e IS NOT NULL AND EXISTS { MATCH (e)-[:HAS_YEAR]->(y:EnterpriseYear) WHERE y.year > $baselineYear AND y.year <= $figuresYear AND y.digitalTransformation = true } AS digitalTransformation,
       e IS NOT NULL AND EXISTS { MATCH (e)-[:HAS_YEAR]->(y:EnterpriseYear) WHERE y.year > $baselineYear AND y.year <= $figuresYear AND y.greenDiagnosis = true } AS greenDiagnosis
