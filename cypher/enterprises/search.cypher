// Enterprise search, one page. Matches: credit codes starting with $codePrefix (null: none), tier 0
// for the exact code and 1 for a prefix; full-text matches of $lucene (already escaped; null: none)
// on names and products, tier 2. Filtered by county, local and cluster; ordered by tier, score, code.
CALL () {
  MATCH (e:Enterprise)
  WHERE e.creditCode STARTS WITH $codePrefix
  RETURN e, CASE WHEN e.creditCode = $codePrefix THEN 0 ELSE 1 END AS tier, 0.0 AS score
  UNION ALL
  UNWIND CASE WHEN $lucene IS NULL THEN [] ELSE [$lucene] END AS lucene
  CALL db.index.fulltext.queryNodes('enterprise_search', lucene) YIELD node, score
  RETURN node AS e, 2 AS tier, score
}
WITH e, min(tier) AS tier, max(score) AS score
WHERE ($county IS NULL OR e.county = $county)
  AND ($local IS NULL OR coalesce(e.local, false) = $local)
  AND ($clusterId IS NULL OR EXISTS { (e)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) })
WITH e, tier, score
ORDER BY tier, score DESC, e.creditCode
WITH collect({e: e, score: score}) AS rows
RETURN size(rows) AS totalCount,
       [row IN rows[$skip..($skip + $limit)] | {
         score: row.score,
         node: {
           creditCode: row.e.creditCode, name: row.e.name, local: coalesce(row.e.local, false),
           county: row.e.county, city: row.e.city, province: row.e.province, founded: row.e.founded,
           chainLeader: coalesce(row.e.chainLeader, false), products: row.e.products,
           updatedBy: row.e.updatedBy, updatedAt: toString(row.e.updatedAt)
         }
       }] AS page
