// Enterprise search, one page. Matches: credit codes starting with $codePrefix (null: none), tier 0
// for the exact code and 1 for a prefix; full-text matches of $lucene (already escaped; null: none)
// on names and products, tier 2. Filtered by county, local, cluster, segment, 链主 and 专精特新
// level (the latest year's known level, as Enterprise.srdiLevel; $srdiKnownLevels are the levels
// the API knows). Ordered by tier, score, code.
// totalCount is exact. The page reads no property of the matches to rank them: rows are ranked by
// (tier, score) first, and only the rows ranked at or above the page's last one are ordered by
// credit code (ties), so the first page of 2,829 matches reads ~20 codes, not 2,829.
CALL () {
  // nothing when $codePrefix is null; the code is read once, kept to order ties
  MATCH (e:Enterprise) WHERE e.creditCode STARTS WITH $codePrefix
  WITH e, e.creditCode AS code
  RETURN e, CASE WHEN code = $codePrefix THEN 0 ELSE 1 END AS tier, 0.0 AS score, code
  UNION ALL
  UNWIND CASE WHEN $lucene IS NULL THEN [] ELSE [$lucene] END AS lucene
  CALL db.index.fulltext.queryNodes('enterprise_search', lucene) YIELD node, score
  RETURN node AS e, 2 AS tier, score, null AS code
}
WITH e, min(tier) AS tier, max(score) AS score, max(code) AS code
WHERE ($county IS NULL OR e.county = $county)
  AND ($local IS NULL OR coalesce(e.local, false) = $local)
  AND ($chainLeader IS NULL OR coalesce(e.chainLeader, false) = $chainLeader)
  AND ($clusterId IS NULL OR EXISTS { (e)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) })
  AND ($segmentId IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
  AND ($srdiLevels IS NULL OR COLLECT {
        MATCH (e)-[:HAS_YEAR]->(y:EnterpriseYear) WHERE y.srdiLevel IN $srdiKnownLevels
        RETURN y.srdiLevel ORDER BY y.year DESC LIMIT 1
      }[0] IN $srdiLevels)
WITH collect([tier, score, e, code]) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row ORDER BY row[0], row[1] DESC
  RETURN collect(row)[toInteger($skip + $limit) - 1] AS last
}
CALL (rows, last) {
  UNWIND rows AS row
  WITH row WHERE last IS NULL OR row[0] < last[0] OR (row[0] = last[0] AND row[1] >= last[1])
  WITH row ORDER BY row[0], row[1] DESC, coalesce(row[3], row[2].creditCode)
  WITH collect(row)[$skip..$skip + $limit] AS pageRows
  UNWIND pageRows AS row
  WITH row[2] AS e, row[1] AS score
  RETURN collect({
    score: score,
    node: {
      creditCode: e.creditCode, name: e.name, local: coalesce(e.local, false),
      county: e.county, city: e.city, province: e.province, founded: e.founded,
      chainLeader: coalesce(e.chainLeader, false), products: e.products,
      updatedBy: e.updatedBy, updatedAt: toString(e.updatedAt)
    }
  }) AS page
}
RETURN size(rows) AS totalCount, page
