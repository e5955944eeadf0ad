// Shortest supply path between two firms, at most 6 links (SUPPLY_PATH_MAX_LENGTH in
// server/shared/domain.ts): along the supply direction from $from to $to if there is one, else
// ignoring direction. Each step is reported as the (supplier, buyer, segment) edge with its latest
// year's value. One row, always: fromFound / toFound say whether the firms exist.
OPTIONAL MATCH (a:Enterprise {creditCode: $from})
OPTIONAL MATCH (b:Enterprise {creditCode: $to})
OPTIONAL MATCH directed = shortestPath((a)-[:SUPPLIES*..6]->(b))
OPTIONAL MATCH undirected = shortestPath((a)-[:SUPPLIES*..6]-(b))
WITH a, b, directed IS NOT NULL AS isDirected, coalesce(directed, undirected) AS p
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, isDirected,
       [n IN nodes(p) | {creditCode: n.creditCode, label: n.name, local: coalesce(n.local, false)}] AS nodes,
       [r IN relationships(p) | COLLECT {
          MATCH (s:Enterprise)-[x:SUPPLIES {segmentId: r.segmentId}]->(t:Enterprise)
          WHERE s = startNode(r) AND t = endNode(r)
          RETURN {source: s.creditCode, target: t.creditCode, segmentId: x.segmentId, year: x.year, value: x.annualValue, product: x.product}
          ORDER BY x.year DESC LIMIT 1
        }[0]] AS edges
