// Supply neighbourhood of a firm, breadth first with APOC (each firm once, at its fewest hops):
// suppliers ($upstream), customers ($downstream) or both, up to $depth hops (1..3, checked by the
// service). The view keeps the centre and the nearest, best connected firms, $cap at most; its
// edges are the supply links between kept firms, one per (supplier, buyer, segment) with the
// latest year's value. totalNodes / totalEdges count the whole neighbourhood the same way.
// No row when the firm is unknown.
MATCH (centre:Enterprise {creditCode: $creditCode})
CALL (centre) {
  UNWIND CASE WHEN $upstream THEN ['<SUPPLIES'] ELSE [] END AS filter
  CALL apoc.path.spanningTree(centre, {relationshipFilter: filter, labelFilter: '+Enterprise', maxLevel: $depth, bfs: true}) YIELD path
  RETURN last(nodes(path)) AS n, length(path) AS hops
  UNION ALL
  UNWIND CASE WHEN $downstream THEN ['SUPPLIES>'] ELSE [] END AS filter
  CALL apoc.path.spanningTree(centre, {relationshipFilter: filter, labelFilter: '+Enterprise', maxLevel: $depth, bfs: true}) YIELD path
  RETURN last(nodes(path)) AS n, length(path) AS hops
}
WITH centre, n, min(hops) AS depth
ORDER BY depth, COUNT { (n)-[:SUPPLIES]-() } DESC, n.creditCode
WITH centre, collect(n) AS everyone, collect(depth) AS depths
WITH everyone, depths, everyone[0..$cap] AS kept
CALL (everyone) {
  CALL apoc.algo.cover(everyone) YIELD rel
  WITH rel WHERE type(rel) = 'SUPPLIES'
  RETURN count(DISTINCT [startNode(rel), endNode(rel), rel.segmentId]) AS totalEdges
}
CALL (kept) {
  CALL apoc.algo.cover(kept) YIELD rel
  WITH rel WHERE type(rel) = 'SUPPLIES'
  WITH rel ORDER BY rel.year DESC
  WITH startNode(rel).creditCode AS source, endNode(rel).creditCode AS target, rel.segmentId AS segmentId, collect(rel)[0] AS latest
  RETURN collect({source: source, target: target, segmentId: segmentId, year: latest.year, value: latest.annualValue, product: latest.product}) AS edges
}
RETURN size(everyone) AS totalNodes, totalEdges,
       [i IN range(0, size(kept) - 1) | {creditCode: kept[i].creditCode, label: kept[i].name, local: coalesce(kept[i].local, false), depth: depths[i]}] AS nodes,
       edges
