// Per-row audit of imports: the current image of each Cluster of $items (JSON: its properties and its IN_COUNTY and FOLLOWS links), null when there is none.
// Taken before and after a batch is written (the difference is recorded) and when an import is undone (to find later changes).
UNWIND $items AS item
OPTIONAL MATCH (n:Cluster {id: item.key})
RETURN item.key AS key, CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n), counties: COLLECT { MATCH (n)-[:IN_COUNTY]->(c:County) RETURN c.name ORDER BY c.name }, chains: COLLECT { MATCH (n)-[:FOLLOWS]->(c:Chain) RETURN c.id ORDER BY c.id }}) END AS image
