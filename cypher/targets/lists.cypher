// Target lists (all, or those with an id in $ids; optionally only those of cluster $clusterId),
// most recently changed first, with their entry count and the count per pipeline status, and the
// display names of who created and last changed them (null for the system or a deleted user).
MATCH (l:TargetList)
WHERE ($ids IS NULL OR l.id IN $ids)
  AND ($clusterId IS NULL OR l.clusterId = $clusterId)
OPTIONAL MATCH (c:Cluster {id: l.clusterId})
OPTIONAL MATCH (l)-[:HAS_ENTRY]->(e:TargetListEntry)
WITH l, c, e.status AS status, count(e) AS n
WITH l, c, sum(n) AS entryCount, collect(CASE WHEN status IS NULL THEN null ELSE {status: status, count: n} END) AS statusCounts
RETURN l.id AS id, l.name AS name, l.clusterId AS clusterId, c.name AS clusterName, l.note AS note,
       l.createdBy AS createdBy, l.createdAt AS createdAt, l.updatedBy AS updatedBy, l.updatedAt AS updatedAt,
       COLLECT { MATCH (u:User {id: l.createdBy}) RETURN u.name }[0] AS createdByName,
       COLLECT { MATCH (u:User {id: l.updatedBy}) RETURN u.name }[0] AS updatedByName,
       entryCount, statusCounts
ORDER BY l.updatedAt DESC, l.id
