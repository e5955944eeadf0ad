// Supply neighbourhood of a firm, breadth first with APOC (each firm once, at its fewest hops):
// suppliers ($upstream), customers ($downstream) or both, up to $depth hops (1..3, checked by the
// service). The view keeps the centre and the nearest firms, the largest supply flows first
// (the value of the link that reached them), $cap at most. Its edges are the supply links between
// kept firms, one per (supplier, buyer, segment) with the latest year's value. totalNodes counts
// the whole neighbourhood; totalEdges its links the same way, counted only when the view is
// truncated (0 otherwise: then the view's edges are all of them).
// Each kept firm comes with the raw facts the view shows (as in network/enterprise-details), in one
// pass over its relationships: [0, year, revenue], [1, clusterId], [2, chainId, order, segmentId].
// The view comes back as one JSON document (apoc.convert.toJson): the driver then decodes one
// string instead of ~10,000 values, which cost more than the query itself. No row when the firm
// is unknown.
MATCH (centre:Enterprise {creditCode: $creditCode})
CALL (centre) {
  UNWIND CASE WHEN $upstream THEN ['<SUPPLIES'] ELSE [] END AS filter
  CALL apoc.path.spanningTree(centre, {relationshipFilter: filter, labelFilter: '+Enterprise', maxLevel: $depth, bfs: true}) YIELD path
  RETURN last(nodes(path)) AS n, length(path) AS hops, last(relationships(path)).annualValue AS value
  UNION ALL
  UNWIND CASE WHEN $downstream THEN ['SUPPLIES>'] ELSE [] END AS filter
  CALL apoc.path.spanningTree(centre, {relationshipFilter: filter, labelFilter: '+Enterprise', maxLevel: $depth, bfs: true}) YIELD path
  RETURN last(nodes(path)) AS n, length(path) AS hops, last(relationships(path)).annualValue AS value
}
WITH centre, n, min(hops) AS depth, max(value) AS value
ORDER BY depth, value DESC, n.creditCode
WITH centre, collect(n) AS everyone, collect(depth) AS depths
WITH everyone, depths, everyone[0..$cap] AS kept
CALL (everyone, kept) {
  CALL apoc.algo.cover(CASE WHEN size(everyone) > size(kept) THEN everyone ELSE [] END) YIELD rel
  WITH rel WHERE type(rel) = 'SUPPLIES'
  RETURN count(DISTINCT [startNode(rel), endNode(rel), rel.segmentId]) AS totalEdges
}
CALL (kept) {
  CALL apoc.algo.cover(kept) YIELD rel
  WITH rel WHERE type(rel) = 'SUPPLIES'
  WITH startNode(rel) AS s, endNode(rel) AS t, rel.segmentId AS segmentId, rel ORDER BY rel.year DESC
  WITH s, t, segmentId, collect(rel)[0] AS latest
  RETURN collect({source: s.creditCode, target: t.creditCode, segmentId: segmentId, year: latest.year, value: latest.annualValue, product: latest.product}) AS edges
}
CALL (kept, depths) {
  UNWIND range(0, size(kept) - 1) AS i
  WITH kept[i] AS e, depths[i] AS depth
  RETURN collect({
    creditCode: e.creditCode, label: e.name, local: coalesce(e.local, false), depth: depth,
    facts: [(e)-[r:HAS_YEAR|IN_CLUSTER|OPERATES_IN]->(x) |
      CASE type(r) WHEN 'HAS_YEAR' THEN [0, x.year, x.revenue] WHEN 'IN_CLUSTER' THEN [1, x.id] ELSE [2, x.chainId, x.order, x.id] END]
  }) AS nodes
}
RETURN apoc.convert.toJson({totalNodes: size(everyone), totalEdges: totalEdges, nodes: nodes, edges: edges}) AS view
