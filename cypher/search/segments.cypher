// Segments (环节) found by a search: the name contains the words written together ($joinedKey, lower
// case) or every word ($keys), or the segment's synonym dictionary has a word as a term or its
// canonical word. Exact names first, then names containing the text, then the rest, in chain order.
// With the chain, the clusters that follow it (the chain map's links), the number of local firms
// and up to 5 链主 firms operating in it, and the dictionary words that matched.
MATCH (s:Segment)
WITH s, toLower(s.name) AS name
WITH s, name, [y IN COLLECT { MATCH (y:Synonym {segmentId: s.id}) WHERE toLower(y.term) IN $keys OR toLower(y.canonical) IN $keys RETURN y } | y.term] AS synonyms
WHERE name CONTAINS $joinedKey OR all(k IN $keys WHERE name CONTAINS k) OR size(synonyms) > 0
WITH s, synonyms, CASE WHEN name = $joinedKey THEN 0 WHEN name CONTAINS $joinedKey THEN 1 ELSE 2 END AS rank
ORDER BY rank, s.chainId, s.order
LIMIT toInteger($limit)
OPTIONAL MATCH (chain:Chain {id: s.chainId})
RETURN s.id AS id, s.name AS name, s.stage AS stage, s.order AS order, s.chainId AS chainId,
       chain.name AS chainName, synonyms, rank,
       COLLECT { MATCH (c:Cluster)-[:FOLLOWS]->(:Chain {id: s.chainId}) RETURN c.id ORDER BY c.id } AS clusterIds,
       COUNT { MATCH (e:Enterprise)-[:OPERATES_IN]->(s) WHERE e.local = true } AS localFirmCount,
       COLLECT { MATCH (e:Enterprise)-[:OPERATES_IN]->(s) WHERE e.chainLeader = true RETURN {creditCode: e.creditCode, name: e.name} ORDER BY e.name LIMIT 5 } AS chainLeaders
ORDER BY rank, chainId, order
