// The last tie group of a full search window (see enterprises/search): every match of $lucene (and
// of $codePrefix) with the filters whose (tier, score) is ($tailTier, $tailScore), in credit-code
// order, rows $skip.. ($limit); its size; and whether any match ranks after the group.
CALL () {
  MATCH (e:Enterprise) WHERE e.creditCode STARTS WITH $codePrefix
  RETURN e, CASE WHEN e.creditCode = $codePrefix THEN 0 ELSE 1 END AS tier, 0.0 AS score
  UNION ALL
  UNWIND CASE WHEN $lucene IS NULL THEN [] ELSE [$lucene] END AS q
  CALL db.index.fulltext.queryNodes('enterprise_search_chars', q) YIELD node, score
  WITH node, score WHERE $codePrefix IS NULL OR NOT node.creditCode STARTS WITH $codePrefix
  RETURN node AS e, 2 AS tier, score
}
// the rank test first: it reads no property
WITH e, tier, score WHERE tier > $tailTier OR (tier = $tailTier AND score <= $tailScore)
WITH e, tier, score
WHERE ($county IS NULL OR e.county = $county)
  AND ($local IS NULL OR coalesce(e.local, false) = $local)
  AND ($chainLeader IS NULL OR coalesce(e.chainLeader, false) = $chainLeader)
  AND ($clusterId IS NULL OR EXISTS { (e)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) })
  AND ($segmentId IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Segment {id: $segmentId}) })
  AND ($srdiLevels IS NULL OR COLLECT {
        MATCH (e)-[:HAS_YEAR]->(y:EnterpriseYear) WHERE y.srdiLevel IN $srdiKnownLevels
        RETURN y.srdiLevel ORDER BY y.year DESC LIMIT 1
      }[0] IN $srdiLevels)
WITH e, tier = $tailTier AND score = $tailScore AS inGroup
WITH collect(CASE WHEN inGroup THEN e END) AS group, count(CASE WHEN NOT inGroup THEN 1 END) > 0 AS more
CALL (group) {
  UNWIND group AS e
  WITH e ORDER BY e.creditCode
  RETURN collect(e) AS sorted
}
RETURN size(group) AS groupSize, more,
       [e IN sorted[toInteger($skip)..toInteger($skip + $limit)] | {
         creditCode: e.creditCode, name: e.name, local: coalesce(e.local, false),
         county: e.county, city: e.city, province: e.province, founded: e.founded,
         chainLeader: coalesce(e.chainLeader, false), products: e.products,
         updatedBy: e.updatedBy, updatedAt: toString(e.updatedAt)
       }] AS page
