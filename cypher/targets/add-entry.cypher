// Adds firm $creditCode to list $listId with status $status, and the first status change.
// The (listId, creditCode) uniqueness constraint refuses a second entry for the same firm.
MATCH (l:TargetList {id: $listId})
MATCH (f:Enterprise {creditCode: $creditCode})
CREATE (l)-[:HAS_ENTRY]->(e:TargetListEntry {listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason,
                                             status: $status, addedBy: $by, addedAt: $now, updatedBy: $by, updatedAt: $now})-[:FOR]->(f)
CREATE (e)-[:HAS_STATUS_CHANGE]->(:StatusChange {status: $status, by: $by, at: $now, seq: 1})
SET l.updatedBy = $by, l.updatedAt = $now
RETURN e.creditCode AS creditCode
