// The frame of a chain-gap report or a what-if for one cluster: the cluster, its chain, the
// chain's segments in order, and the years to use. No row when the cluster is unknown.
//   supplyYear: $year, else the latest year among the cluster's inbound supply links (links
//     whose buyer is a cluster firm; null when there are none). Fast path: the latest year of
//     all links (one entry of the supplies_year index) when some cluster firm has a link of
//     that year (found at the first such firm); only otherwise are all its links scanned.
//   figuresYear: the year of the firms' figures (revenue, 专精特新): supplyYear when it is a
//     real year (> 0), else the latest EnterpriseYear among the cluster's firms.
MATCH (c:Cluster {id: $clusterId})
OPTIONAL MATCH (c)-[:FOLLOWS]->(chain:Chain)
CALL (c) {
  WITH c WHERE $year IS NULL
  CALL () {
    CALL () {
      MATCH ()-[r:SUPPLIES]->() WHERE r.year IS NOT NULL
      RETURN r.year AS year ORDER BY r.year DESC LIMIT 1
    }
    RETURN max(year) AS globalLatest
  }
  WITH c, globalLatest,
       EXISTS { MATCH (c)<-[:IN_CLUSTER]-(:Enterprise)<-[r:SUPPLIES]-() WHERE r.year = globalLatest } AS hasGlobalLatest
  CALL (c, hasGlobalLatest) {
    WITH c WHERE NOT hasGlobalLatest
    MATCH (c)<-[:IN_CLUSTER]-(:Enterprise)<-[r:SUPPLIES]-()
    RETURN max(r.year) AS clusterLatest
  }
  // an aggregate, so that there is a row (null) when $year is given
  RETURN max(CASE WHEN hasGlobalLatest THEN globalLatest ELSE clusterLatest END) AS latestSupplyYear
}
WITH c, chain, coalesce($year, latestSupplyYear) AS supplyYear
CALL (c, supplyYear) {
  WITH c WHERE coalesce(supplyYear, 0) <= 0
  MATCH (c)<-[:IN_CLUSTER]-(:Enterprise)-[:HAS_YEAR]->(y:EnterpriseYear)
  RETURN max(y.year) AS latestFiguresYear
}
CALL (chain) {
  MATCH (chain)-[:HAS_SEGMENT]->(s:Segment)
  WITH s ORDER BY s.order, s.id
  RETURN collect(s {.id, .name, .stage, .order}) AS segments
}
RETURN c.id AS clusterId, c.name AS clusterName, chain.id AS chainId, chain.name AS chainName,
       supplyYear,
       CASE WHEN coalesce(supplyYear, 0) > 0 THEN supplyYear ELSE latestFiguresYear END AS figuresYear,
       segments
