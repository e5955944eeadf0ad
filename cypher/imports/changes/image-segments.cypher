// Per-row audit of imports: the current image of each Segment of $items (JSON: its properties and the FEEDS and HAS_SEGMENT links it owns), null when there is none.
// Taken before and after a batch is written (the difference is recorded) and when an import is undone (to find later changes).
UNWIND $items AS item
OPTIONAL MATCH (n:Segment {id: item.key})
RETURN item.key AS key, CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n), feeds: COLLECT { MATCH (n)-[:FEEDS]->(t:Segment) RETURN t.id ORDER BY t.id }, chains: COLLECT { MATCH (c:Chain)-[:HAS_SEGMENT]->(n) RETURN c.id ORDER BY c.id }}) END AS image
