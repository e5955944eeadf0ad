// Per-row audit of imports: the current image of each ResearchInstitute of $items (JSON: its properties), null when there is none.
// Taken before and after a batch is written (the difference is recorded) and when an import is undone (to find later changes).
UNWIND $items AS item
OPTIONAL MATCH (n:ResearchInstitute {id: item.key})
RETURN item.key AS key, CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END AS image
