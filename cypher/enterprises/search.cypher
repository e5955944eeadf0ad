// Enterprise search, one page. $words: the search words ({text, key: lower case, phrase: escaped and
// quoted}); $joined: the words written together (quoted; null for one word), so "钢 球" also finds 钢球.
// Each word is widened by the synonym dictionaries (:Synonym {segmentId, term, canonical}): a word
// that is a term or a canonical word also searches the canonical word and its other terms.
// Matches: credit codes starting with $codePrefix (null: none; tier 0 for the exact code, 1 for a
// prefix, in code order); then full-text matches on names and products (tier 2) of the
// `enterprise_search_chars` index (standard analyzer: single Han characters, so 钢 finds 特钢), in
// score order (a name counts 4 times a product; the original word twice a synonym); firms matched
// by code are not repeated. Filtered by county, local, cluster, segment, 链主 and 专精特新 level (the
// latest year's known level; $srdiKnownLevels are the levels the API knows).
// Only the first $window matching rows are read ($window > the count cap and the page's end), so
// `counted` is exact below $window, and a single character's 60,000 matches cost ~$window rows.
CALL () {
  UNWIND $words AS w
  WITH w, COLLECT {
    MATCH (s:Synonym) WHERE toLower(s.term) = w.key OR toLower(s.canonical) = w.key
    UNWIND [s.canonical] + COLLECT { MATCH (t:Synonym {segmentId: s.segmentId, canonical: s.canonical}) RETURN t.term } AS alternative
    WITH DISTINCT alternative WHERE toLower(alternative) <> w.key
    RETURN alternative ORDER BY alternative
  } AS alternatives
  // synonyms are validated (no quote or backslash), so quoting them makes a literal phrase
  RETURN collect({
    word: w.text,
    alternatives: alternatives,
    clause: '+(name:' + w.phrase + '^4 products:' + w.phrase
            + reduce(acc = '', a IN alternatives | acc + ' name:"' + a + '"^2 products:"' + a + '"^0.5') + ')'
  }) AS expanded
}
WITH expanded,
     CASE WHEN size(expanded) = 0 THEN null
          ELSE '(' + reduce(acc = '', x IN expanded | acc + ' ' + x.clause) + ')'
               + CASE WHEN $joined IS NULL THEN '' ELSE ' name:' + $joined + '^8 products:' + $joined + '^2' END
     END AS lucene
CALL (lucene) {
  CALL (lucene) {
    // nothing when $codePrefix is null; in index order, so the exact code comes first
    MATCH (e:Enterprise) WHERE e.creditCode STARTS WITH $codePrefix
    WITH e ORDER BY e.creditCode
    RETURN e, CASE WHEN e.creditCode = $codePrefix THEN 0 ELSE 1 END AS tier, 0.0 AS score
    UNION ALL
    UNWIND CASE WHEN lucene IS NULL THEN [] ELSE [lucene] END AS q
    CALL db.index.fulltext.queryNodes('enterprise_search_chars', q) YIELD node, score
    WITH node, score WHERE $codePrefix IS NULL OR NOT node.creditCode STARTS WITH $codePrefix
    RETURN node AS e, 2 AS tier, score
  }
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
  LIMIT toInteger($window)
  RETURN collect({tier: tier, score: score, e: e, code: e.creditCode}) AS rows
}
// Ties by credit code, within blocks of $block rows of the ranked stream: each block is sorted by
// (tier, score, code). Blocks never overlap, so every page sees the same order, and no query reads
// more than its window (a single character's tie group of 40,000 would otherwise be read whole).
CALL (rows) {
  UNWIND range(0, size(rows) - 1) AS i
  WITH rows[i] AS r, i / toInteger($block) AS block
  WITH r ORDER BY block, r.tier, r.score DESC, r.code
  RETURN collect(r) AS sorted
}
RETURN [x IN expanded | {word: x.word, alternatives: x.alternatives}] AS expanded,
       size(rows) AS counted,
       [row IN sorted[toInteger($skip)..toInteger($skip + $limit)] | {
         score: row.score,
         node: {
           creditCode: row.e.creditCode, name: row.e.name, local: coalesce(row.e.local, false),
           county: row.e.county, city: row.e.city, province: row.e.province, founded: row.e.founded,
           chainLeader: coalesce(row.e.chainLeader, false), products: row.e.products,
           updatedBy: row.e.updatedBy, updatedAt: toString(row.e.updatedAt)
         }
       }] AS page
