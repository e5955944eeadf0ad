// Per-row audit of imports: the current image of each SUPPLIES link of $items (JSON: its properties), null when there is none.
// Taken before and after a batch is written (the difference is recorded) and when an import is undone (to find later changes).
UNWIND $items AS item
OPTIONAL MATCH (s:Enterprise {creditCode: item.supplier})
OPTIONAL MATCH (b:Enterprise {creditCode: item.buyer})
// expand between the firms: no relationship-index seek (see write/supply-links)
OPTIONAL MATCH (s)-[n:SUPPLIES]->(b) WHERE n.year + 0 = toInteger(item.year) AND n.segmentId + '' = item.segmentId
RETURN item.key AS key, CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END AS image
