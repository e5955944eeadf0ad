// Entries of the lists $listIds (only firm $creditCode when given), in the order they were added,
// with the firm, the segment and the status history (oldest first); each change with the display
// name of the user who made it (null for the system or a user no longer in the database), and the
// display names of who added and last updated the entry (same nulls).
UNWIND $listIds AS listId
MATCH (:TargetList {id: listId})-[:HAS_ENTRY]->(e:TargetListEntry)
WHERE $creditCode IS NULL OR e.creditCode = $creditCode
OPTIONAL MATCH (e)-[:FOR]->(f:Enterprise)
OPTIONAL MATCH (s:Segment {id: e.segmentId})
RETURN e.listId AS listId, e.creditCode AS creditCode,
       f.name AS name, f.local AS local, f.county AS county, f.city AS city, f.province AS province,
       e.segmentId AS segmentId, s.name AS segmentName, e.reason AS reason, e.status AS status,
       e.addedBy AS addedBy, e.addedAt AS addedAt, e.updatedBy AS updatedBy, e.updatedAt AS updatedAt,
       COLLECT { MATCH (u:User {id: e.addedBy}) RETURN u.name }[0] AS addedByName,
       COLLECT { MATCH (u:User {id: e.updatedBy}) RETURN u.name }[0] AS updatedByName,
       COLLECT {
         MATCH (e)-[:HAS_STATUS_CHANGE]->(h:StatusChange)
         OPTIONAL MATCH (u:User {id: h.by})
         WITH h, u ORDER BY h.seq
         RETURN h {.status, .note, .date, .by, .at, byName: u.name}
       } AS history
ORDER BY listId, e.addedAt, e.creditCode
