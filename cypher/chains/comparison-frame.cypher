// The frame of chainComparison: a chain, every cluster following it (by id) and what each needs
// to be judged like chainGapReport judges it (gaps/context, once for all of them). No row when the
// chain is unknown.
//   years: the years ($minYear..$maxYear, and 0 for links without a year) with supply links into
//     a firm of any of the clusters, latest first: the union of the clusters' supplyYears.
//   supplyYear: $year, else years[0] (null when there is none).
//   clusters: each with its county, stored region codes (the "local" scopes compare firms' codes
//     with these) and figuresYear: supplyYear when it is a real year (> 0), else the latest
//     EnterpriseYear among the cluster's firms (as gaps/context).
//   segments: the chain's segments in chain order.
MATCH (chain:Chain {id: $chainId})
//   Each year is first checked on the supplies_year index (one entry), then against the clusters'
//   firms (stopping at the first link of that year); two subqueries keep that order (in one, the
//   planner ran the walk for all 202 candidate years: 19.6M db hits at S).
CALL () {
  UNWIND range($maxYear, $minYear, -1) + [0] AS year
  WITH year WHERE EXISTS { ()-[r:SUPPLIES]->() WHERE r.year = year }
  RETURN collect(year) AS anyYears
}
CALL (chain, anyYears) {
  UNWIND anyYears AS year
  WITH chain, year WHERE EXISTS { (chain)<-[:FOLLOWS]-(:Cluster)<-[:IN_CLUSTER]-(:Enterprise)<-[r:SUPPLIES]-() WHERE r.year = year }
  RETURN collect(year) AS years
}
WITH chain, years, coalesce($year, years[0]) AS supplyYear
CALL (chain, supplyYear) {
  OPTIONAL MATCH (chain)<-[:FOLLOWS]-(c:Cluster)
  CALL (c, supplyYear) {
    WITH c WHERE c IS NOT NULL AND coalesce(supplyYear, 0) <= 0
    MATCH (c)<-[:IN_CLUSTER]-(:Enterprise)-[:HAS_YEAR]->(y:EnterpriseYear)
    RETURN max(y.year) AS latestFiguresYear
  }
  WITH c, latestFiguresYear ORDER BY c.id
  RETURN collect(c {.id, .name, .county, region: c {.county, .regionCode, .countyCode, .cityCode, .provinceCode},
                    figuresYear: CASE WHEN coalesce(supplyYear, 0) > 0 THEN supplyYear ELSE latestFiguresYear END}) AS clusters
}
CALL (chain) {
  MATCH (chain)-[:HAS_SEGMENT]->(s:Segment)
  WITH s ORDER BY s.order, s.id
  RETURN collect(s {.id, .name, .stage, .order}) AS segments
}
RETURN chain.id AS chainId, chain.name AS chainName, years, supplyYear, clusters, segments
