// Per-row audit of imports: the current image of each COLLABORATES_WITH link of $items (JSON: its properties), null when there is none.
// Taken before and after a batch is written (the difference is recorded) and when an import is undone (to find later changes).
UNWIND $items AS item
OPTIONAL MATCH (:ResearchInstitute {id: item.instituteId})-[n:COLLABORATES_WITH {kind: item.kind, year: toInteger(item.year)}]->(:Enterprise {creditCode: item.creditCode})
RETURN item.key AS key, CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END AS image
