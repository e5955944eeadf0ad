// An enterprise as an edit sees it, locked for the rest of the write transaction (so two saves
// cannot both pass the version check): its editable values, memberships, version and who last
// changed it (display name). No row when the enterprise is unknown.
MATCH (e:Enterprise {creditCode: $creditCode})
CALL apoc.lock.nodes([e])
OPTIONAL MATCH (u:User {id: e.updatedBy})
RETURN e.creditCode AS creditCode, e.name AS name, coalesce(e.local, false) AS local,
       e.county AS county, e.city AS city, e.province AS province, e.founded AS founded,
       coalesce(e.chainLeader, false) AS chainLeader,
       COLLECT { MATCH (e)-[:IN_CLUSTER]->(c:Cluster) RETURN c.id ORDER BY c.id } AS clusterIds,
       COLLECT { MATCH (e)-[:OPERATES_IN]->(s:Segment) RETURN s.id ORDER BY s.id } AS segmentIds,
       coalesce(e.version, 0) AS version, coalesce(u.name, e.updatedBy) AS updatedByName, toString(e.updatedAt) AS updatedAt
