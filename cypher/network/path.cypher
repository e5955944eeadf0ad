// Shortest supply path between two firms, at most 6 links (the `*..6` below: a path length
// bound cannot be a parameter): along the supply direction from $from to $to if there is one, else
// from $to to $from, else ignoring direction; each search runs only when the one before found
// nothing. Nodes go from $from to $to. Each step is reported as the (supplier, buyer, segment) edge
// with its latest year's value (the links between the two firms, not a segment's index). One row, always: fromFound / toFound say whether the firms exist.
OPTIONAL MATCH (a:Enterprise {creditCode: $from})
OPTIONAL MATCH (b:Enterprise {creditCode: $to})
WITH a, b, COLLECT { MATCH p = shortestPath((a)-[:SUPPLIES*..6]->(b)) RETURN p }[0] AS forward
WITH a, b, forward, COLLECT { WITH * WHERE forward IS NULL MATCH p = shortestPath((b)-[:SUPPLIES*..6]->(a)) RETURN p }[0] AS backward
WITH a, b, forward, backward,
     COLLECT { WITH * WHERE forward IS NULL AND backward IS NULL MATCH p = shortestPath((a)-[:SUPPLIES*..6]-(b)) RETURN p }[0] AS undirected
WITH a, b, CASE
       WHEN forward IS NOT NULL THEN [nodes(forward), relationships(forward)]
       WHEN backward IS NOT NULL THEN [reverse(nodes(backward)), reverse(relationships(backward))]
       WHEN undirected IS NOT NULL THEN [nodes(undirected), relationships(undirected)]
     END AS found
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       [n IN found[0] | {creditCode: n.creditCode, label: n.name, local: coalesce(n.local, false)}] AS nodes,
       [r IN found[1] | COLLECT {
          WITH startNode(r) AS s, endNode(r) AS t, r.segmentId AS segmentId
          MATCH (s)-[x:SUPPLIES]->(t) WHERE x.segmentId = segmentId
          RETURN {source: s.creditCode, target: t.creditCode, segmentId: x.segmentId, year: x.year, value: x.annualValue, product: x.product}
          ORDER BY x.year DESC LIMIT 1
        }[0]] AS edges
