// Deletes target list $id with its entries and their status history; no row when there is none.
MATCH (l:TargetList {id: $id})
OPTIONAL MATCH (l)-[:HAS_ENTRY]->(e:TargetListEntry)
OPTIONAL MATCH (e)-[:HAS_STATUS_CHANGE]->(h:StatusChange)
WITH l, collect(DISTINCT e) AS entries, collect(h) AS changes
FOREACH (h IN changes | DETACH DELETE h)
FOREACH (e IN entries | DETACH DELETE e)
DETACH DELETE l
RETURN size(entries) AS removedEntries
