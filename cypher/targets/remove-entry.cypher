// Removes firm $creditCode (and its status history) from list $listId; removed = 0 when it was not there.
MATCH (l:TargetList {id: $listId})-[:HAS_ENTRY]->(e:TargetListEntry {creditCode: $creditCode})
OPTIONAL MATCH (e)-[:HAS_STATUS_CHANGE]->(h:StatusChange)
WITH l, e, collect(h) AS changes
FOREACH (h IN changes | DETACH DELETE h)
DETACH DELETE e
SET l.updatedBy = $by, l.updatedAt = $now
RETURN count(*) AS removed
