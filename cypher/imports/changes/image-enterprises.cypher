// Per-row audit of imports: the current image of each Enterprise of $items (JSON: its properties without the derived products text, and its IN_CLUSTER, OPERATES_IN and LOCATED_IN links), null when there is none.
// Taken before and after a batch is written (the difference is recorded) and when an import is undone (to find later changes).
UNWIND $items AS item
OPTIONAL MATCH (n:Enterprise {creditCode: item.key})
RETURN item.key AS key, CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: apoc.map.removeKey(properties(n), 'products'), clusters: COLLECT { MATCH (n)-[:IN_CLUSTER]->(c:Cluster) RETURN c.id ORDER BY c.id }, segments: COLLECT { MATCH (n)-[:OPERATES_IN]->(s:Segment) RETURN s.id ORDER BY s.id }, counties: COLLECT { MATCH (n)-[:LOCATED_IN]->(c:County) RETURN c.name ORDER BY c.name }}) END AS image
