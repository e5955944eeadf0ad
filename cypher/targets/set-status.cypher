// Sets the pipeline status of firm $creditCode in list $listId and appends the change to its
// history (seq counts the changes); no row when the firm is not in the list.
MATCH (l:TargetList {id: $listId})-[:HAS_ENTRY]->(e:TargetListEntry {creditCode: $creditCode})
SET e.status = $status, e.updatedBy = $by, e.updatedAt = $now, l.updatedBy = $by, l.updatedAt = $now
WITH e, COUNT { (e)-[:HAS_STATUS_CHANGE]->(:StatusChange) } AS previous
CREATE (e)-[:HAS_STATUS_CHANGE]->(:StatusChange {status: $status, note: $note, date: $date, by: $by, at: $now, seq: previous + 1})
RETURN e.creditCode AS creditCode
