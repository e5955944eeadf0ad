// The frame of a chain-gap report or a what-if for one cluster: the cluster, its chain, the
// chain's segments in order, and the years. No row when the cluster is unknown.
//   supplyYears: the years ($minYear..$maxYear, and 0 for links without a year) of the cluster's
//     inbound supply links (links whose buyer is a cluster firm), latest first. Each year is
//     first checked on the supplies_year index (one entry), then against the cluster's firms
//     (stopping at the first link of that year); the subqueries keep that order.
//   supplyYear: $year, else the latest of supplyYears (null when there is none).
//   figuresYear: the year of the firms' figures (revenue, 专精特新): supplyYear when it is a
//     real year (> 0), else the latest EnterpriseYear among the cluster's firms.
//   segments: each with the ids of the chain's segments it FEEDS.
//   region: the cluster's county name and stored region codes (the "local" scopes compare firms' codes with these).
MATCH (c:Cluster {id: $clusterId})
OPTIONAL MATCH (c)-[:FOLLOWS]->(chain:Chain)
CALL () {
  UNWIND range($maxYear, $minYear, -1) + [0] AS year
  WITH year WHERE EXISTS { ()-[r:SUPPLIES]->() WHERE r.year = year }
  RETURN collect(year) AS anyYears
}
CALL (c, anyYears) {
  UNWIND anyYears AS year
  WITH c, year WHERE EXISTS { (c)<-[:IN_CLUSTER]-(:Enterprise)<-[r:SUPPLIES]-() WHERE r.year = year }
  RETURN collect(year) AS supplyYears
}
WITH c, chain, supplyYears, coalesce($year, supplyYears[0]) AS supplyYear
CALL (c, supplyYear) {
  WITH c WHERE coalesce(supplyYear, 0) <= 0
  MATCH (c)<-[:IN_CLUSTER]-(:Enterprise)-[:HAS_YEAR]->(y:EnterpriseYear)
  RETURN max(y.year) AS latestFiguresYear
}
CALL (chain) {
  MATCH (chain)-[:HAS_SEGMENT]->(s:Segment)
  WITH chain, s ORDER BY s.order, s.id
  // feeds: the chain's segments this one FEEDS, in chain order
  RETURN collect(s {.id, .name, .stage, .order,
                    feeds: COLLECT { MATCH (s)-[:FEEDS]->(t:Segment) WHERE EXISTS { (t)<-[:HAS_SEGMENT]-(chain) } WITH t ORDER BY t.order, t.id RETURN t.id }}) AS segments
}
RETURN c.id AS clusterId, c.name AS clusterName, chain.id AS chainId, chain.name AS chainName,
       c {.county, .regionCode, .countyCode, .cityCode, .provinceCode} AS region,
       supplyYears, supplyYear,
       CASE WHEN coalesce(supplyYear, 0) > 0 THEN supplyYear ELSE latestFiguresYear END AS figuresYear,
       segments
