// Before adding firm $creditCode to list $listId: does the firm exist, does the segment exist,
// is the firm already in the list? No row when the list does not exist.
MATCH (l:TargetList {id: $listId})
OPTIONAL MATCH (f:Enterprise {creditCode: $creditCode})
OPTIONAL MATCH (s:Segment {id: $segmentId})
RETURN f IS NOT NULL AS firmExists,
       ($segmentId IS NULL OR s IS NOT NULL) AS segmentExists,
       EXISTS { (l)-[:HAS_ENTRY]->(:TargetListEntry {creditCode: $creditCode}) } AS duplicate
