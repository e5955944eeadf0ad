// Figures of cluster firms (members of any cluster, each firm once) for every year of $years,
// in one pass over the firms: each firm's yearly figures are collected once (as maps, so every
// property is read from the store once), then read per year.
// "New" counts compare the year with $baselineYear; "since" counts look at the years after it.
// The members are found from the clusters' side (28 dense nodes: only their IN_CLUSTER
// relationships are read) rather than by testing every Enterprise's relationships (PROFILE at
// S: 478,732 → 258,937 db hits). A firm without figures adds nothing to any figure, so a plain
// MATCH on HAS_YEAR (no OPTIONAL) gives the same rows.
// Only the clusters of $homeCity (its plan's targets are the city's; a cluster without a city code
// is the home city's): in a province's database the other cities' firms are not read (PROFILE at M:
// 4.9M db hits and 7–8 s for the 15 cities' firms).
MATCH (c:Cluster) WHERE coalesce(c.cityCode, $homeCity) = $homeCity
MATCH (c)<-[:IN_CLUSTER]-(member:Enterprise)
WITH DISTINCT member AS e
MATCH (e)-[:HAS_YEAR]->(fy:EnterpriseYear)
WITH e, collect(fy {.year, .revenue, .rdSpend, .aboveScale, .srdiLevel, .highValuePatents, .smartFactory, .digitalTransformation, .greenList, .greenDiagnosis}) AS figures
WITH figures, [f IN figures WHERE f.year = $baselineYear][0] AS base
UNWIND $years AS y
WITH y, figures, base, [f IN figures WHERE f.year = y][0] AS cur
WITH y, figures, base, cur, (cur.revenue IS NOT NULL AND cur.rdSpend IS NOT NULL) AS hasRd
RETURN y AS year,
       count(cur) AS firmsReported,
       count(CASE WHEN cur.aboveScale = true THEN 1 END) AS aboveScale,
       sum(CASE WHEN hasRd THEN cur.revenue ELSE 0 END) AS revenue,
       sum(CASE WHEN hasRd THEN cur.rdSpend ELSE 0 END) AS rdSpend,
       count(CASE WHEN hasRd THEN 1 END) AS rdReported,
       sum(coalesce(cur.highValuePatents, 0)) AS patents,
       count(cur.highValuePatents) AS patentsReported,
       count(CASE WHEN cur.srdiLevel IN $srdiLevels AND NOT coalesce(base.srdiLevel IN $srdiLevels, false) THEN 1 END) AS newSrdi,
       count(CASE WHEN cur.smartFactory = true AND NOT coalesce(base.smartFactory = true, false) THEN 1 END) AS newSmartFactories,
       count(CASE WHEN any(f IN figures WHERE f.year > $baselineYear AND f.year <= y AND f.digitalTransformation = true) THEN 1 END) AS digitalTransformation,
       count(CASE WHEN cur.greenList = true THEN 1 END) AS greenList,
       count(CASE WHEN any(f IN figures WHERE f.year > $baselineYear AND f.year <= y AND f.greenDiagnosis = true) THEN 1 END) AS greenDiagnosis
ORDER BY year
