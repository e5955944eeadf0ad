// Per-row audit of imports: the current image of each ServicePlatform of $items (JSON: its properties with its InnovationPlatform label and its SERVES and HOSTED_BY links), null when there is none.
// Taken before and after a batch is written (the difference is recorded) and when an import is undone (to find later changes).
UNWIND $items AS item
OPTIONAL MATCH (n:ServicePlatform {id: item.key})
RETURN item.key AS key, CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n), innovation: n:InnovationPlatform, clusters: COLLECT { MATCH (n)-[:SERVES]->(c:Cluster) RETURN c.id ORDER BY c.id }, hosts: COLLECT { MATCH (n)-[:HOSTED_BY]->(h:Enterprise) RETURN h.creditCode ORDER BY h.creditCode }}) END AS image
