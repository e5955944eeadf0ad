// Supply neighbourhood of a firm, breadth first in plain Cypher (visible to PROFILE, no APOC
// procedure): suppliers ($upstream), customers ($downstream) or both, up to $depth hops (1..3,
// checked by the service), each firm once, at its fewest hops. Each level expands only the firms
// first reached at the level before (the NOT IN checks), so the walk is one pass over the links
// of the walked firms. A firm's value is its largest link from the level before (the largest of
// the two directions in BOTH). The view keeps the centre and the nearest firms, the largest
// values first, then by credit code, $cap at most. Its edges are the supply links between kept
// firms, one per (supplier, buyer, segment) with the latest year's link. totalNodes / totalEdges
// count the whole neighbourhood the same way. The links the walks read are reused: only links out
// of firms the downstream walk did not expand, into firms the upstream walk did not expand, are
// read once more (no second pass over everything only to count).
// Kept firms only get their display facts, in one pass over their relationships:
// [0, year, revenue, srdiLevel], [1, clusterId], [2, chainId, order, segmentId].
// The view comes back as one JSON document of arrays (apoc.convert.toJson; the driver decodes one
// string instead of ~10,000 values): nodes [creditCode, name, local, depth, chainLeader, facts],
// edges [supplier, buyer, segmentId, year, value, product]. No row when the firm is unknown.
MATCH (centre:Enterprise {creditCode: $creditCode})
CALL (centre) {
  CALL (centre) {
    WITH centre WHERE $upstream
    MATCH (centre)<-[r:SUPPLIES]-(n)
    WITH collect(r) AS walked, collect(CASE WHEN n <> centre THEN [n, r.annualValue] END) AS rows
    CALL (rows) {
      UNWIND rows AS row
      WITH row[0] AS n, max(row[1]) AS value
      RETURN collect(n) AS l1, collect(value) AS v1
    }
    RETURN l1, v1, walked AS w1
  }
  CALL (centre, l1) {
    WITH * WHERE $depth >= 2
    UNWIND l1 AS m
    MATCH (m)<-[r:SUPPLIES]-(n)
    WITH r, n, n <> centre AND NOT n IN l1 AS isNew
    WITH collect(r) AS walked, collect(CASE WHEN isNew THEN [n, r.annualValue] END) AS rows
    CALL (rows) {
      UNWIND rows AS row
      WITH row[0] AS n, max(row[1]) AS value
      RETURN collect(n) AS l2, collect(value) AS v2
    }
    RETURN l2, v2, walked AS w2
  }
  CALL (centre, l1, l2) {
    WITH * WHERE $depth >= 3
    UNWIND l2 AS m
    MATCH (m)<-[r:SUPPLIES]-(n)
    WITH r, n, n <> centre AND NOT n IN l1 AND NOT n IN l2 AS isNew
    WITH collect(r) AS walked, collect(CASE WHEN isNew THEN [n, r.annualValue] END) AS rows
    CALL (rows) {
      UNWIND rows AS row
      WITH row[0] AS n, max(row[1]) AS value
      RETURN collect(n) AS l3, collect(value) AS v3
    }
    RETURN l3, v3, walked AS w3
  }
  RETURN [[l1, v1, 1], [l2, v2, 2], [l3, v3, 3]] AS upLevels, w1 + w2 + w3 AS upWalked,
         CASE WHEN $upstream THEN [centre] + CASE WHEN $depth >= 2 THEN l1 ELSE [] END + CASE WHEN $depth >= 3 THEN l2 ELSE [] END ELSE [] END AS upDone
}
CALL (centre) {
  CALL (centre) {
    WITH centre WHERE $downstream
    MATCH (centre)-[r:SUPPLIES]->(n)
    WITH collect(r) AS walked, collect(CASE WHEN n <> centre THEN [n, r.annualValue] END) AS rows
    CALL (rows) {
      UNWIND rows AS row
      WITH row[0] AS n, max(row[1]) AS value
      RETURN collect(n) AS l1, collect(value) AS v1
    }
    RETURN l1, v1, walked AS w1
  }
  CALL (centre, l1) {
    WITH * WHERE $depth >= 2
    UNWIND l1 AS m
    MATCH (m)-[r:SUPPLIES]->(n)
    WITH r, n, n <> centre AND NOT n IN l1 AS isNew
    WITH collect(r) AS walked, collect(CASE WHEN isNew THEN [n, r.annualValue] END) AS rows
    CALL (rows) {
      UNWIND rows AS row
      WITH row[0] AS n, max(row[1]) AS value
      RETURN collect(n) AS l2, collect(value) AS v2
    }
    RETURN l2, v2, walked AS w2
  }
  CALL (centre, l1, l2) {
    WITH * WHERE $depth >= 3
    UNWIND l2 AS m
    MATCH (m)-[r:SUPPLIES]->(n)
    WITH r, n, n <> centre AND NOT n IN l1 AND NOT n IN l2 AS isNew
    WITH collect(r) AS walked, collect(CASE WHEN isNew THEN [n, r.annualValue] END) AS rows
    CALL (rows) {
      UNWIND rows AS row
      WITH row[0] AS n, max(row[1]) AS value
      RETURN collect(n) AS l3, collect(value) AS v3
    }
    RETURN l3, v3, walked AS w3
  }
  RETURN [[l1, v1, 1], [l2, v2, 2], [l3, v3, 3]] AS downLevels, w1 + w2 + w3 AS downWalked,
         CASE WHEN $downstream THEN [centre] + CASE WHEN $depth >= 2 THEN l1 ELSE [] END + CASE WHEN $depth >= 3 THEN l2 ELSE [] END ELSE [] END AS downDone
}
CALL (centre, upLevels, downLevels) {
  UNWIND upLevels + downLevels AS level
  UNWIND range(0, size(level[0]) - 1) AS i
  RETURN level[0][i] AS n, level[2] AS hops, level[1][i] AS value
  UNION ALL
  RETURN centre AS n, 0 AS hops, null AS value
}
WITH centre, upWalked, upDone, downWalked, downDone, n, min(hops) AS depth, max(value) AS value
ORDER BY depth, value DESC, n.creditCode
// centre as a grouping key: no row at all for an unknown firm
WITH centre, upWalked, upDone, downWalked, downDone, collect(n) AS everyone, collect(depth) AS depths
WITH everyone, depths, everyone[0..$cap] AS kept, upWalked + downWalked AS walked, upDone, downDone
CALL (everyone, kept, walked, upDone, downDone) {
  // the walks read every link out of downDone and into upDone (all inside the neighbourhood); the
  // other links between its firms come from one more expansion. (A UNION here instead of the list
  // ran out of transaction memory at depth 3.)
  UNWIND walked + COLLECT {
    UNWIND everyone AS s
    WITH s WHERE NOT s IN downDone
    MATCH (s)-[rel:SUPPLIES]->(t) WHERE t IN everyone AND NOT t IN upDone
    RETURN rel
  } AS rel
  WITH DISTINCT kept, rel
  WITH startNode(rel) AS s, endNode(rel) AS t, rel.segmentId AS segmentId, collect(rel) AS links
  // years, values and products are read only for the links the view shows
  WITH count(*) AS totalEdges, collect(CASE WHEN s IN kept AND t IN kept THEN [s, t, segmentId, links] END) AS shown
  CALL (shown) {
    UNWIND shown AS edge
    UNWIND edge[3] AS rel
    WITH edge, rel ORDER BY rel.year DESC
    WITH edge, collect(rel)[0] AS latest
    RETURN collect([edge[0].creditCode, edge[1].creditCode, edge[2], latest.year, latest.annualValue, latest.product]) AS edges
  }
  RETURN totalEdges, edges
}
CALL (kept, depths) {
  UNWIND range(0, size(kept) - 1) AS i
  WITH kept[i] AS e, depths[i] AS depth
  RETURN collect([
    e.creditCode, e.name, coalesce(e.local, false), depth, coalesce(e.chainLeader, false),
    [(e)-[r:HAS_YEAR|IN_CLUSTER|OPERATES_IN]->(x) |
      CASE type(r) WHEN 'HAS_YEAR' THEN [0, x.year, x.revenue, x.srdiLevel] WHEN 'IN_CLUSTER' THEN [1, x.id] ELSE [2, x.chainId, x.order, x.id, x.name] END]
  ]) AS nodes
}
RETURN apoc.convert.toJson({totalNodes: size(everyone), totalEdges: totalEdges, nodes: nodes, edges: edges}) AS view
