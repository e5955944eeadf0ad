// Changes an enterprise: $set holds the properties to change (a null removes one); $clusterIds /
// $segmentIds (null: keep) replace its memberships. LOCATED_IN follows local and county, as the
// importer keeps it. Records who and when, and bumps the version. No row when the enterprise is unknown.
// (Numbers arrive from JavaScript as floats: founded is stored as an integer, like the importer's.)
MATCH (e:Enterprise {creditCode: $creditCode})
SET e += $set, e.updatedBy = $user, e.updatedAt = datetime(), e.version = coalesce(e.version, 0) + 1
SET e.founded = toInteger(e.founded)
WITH e
CALL (e) {
  MATCH (e)-[r:IN_CLUSTER]->(c:Cluster)
  WHERE $clusterIds IS NOT NULL AND NOT c.id IN $clusterIds
  DELETE r
}
CALL (e) {
  UNWIND coalesce($clusterIds, []) AS id
  MATCH (c:Cluster {id: id})
  MERGE (e)-[:IN_CLUSTER]->(c)
}
CALL (e) {
  MATCH (e)-[r:OPERATES_IN]->(s:Segment)
  WHERE $segmentIds IS NOT NULL AND NOT s.id IN $segmentIds
  DELETE r
}
CALL (e) {
  UNWIND coalesce($segmentIds, []) AS id
  MATCH (s:Segment {id: id})
  MERGE (e)-[:OPERATES_IN]->(s)
}
CALL (e) {
  MATCH (e)-[r:LOCATED_IN]->(county:County)
  WHERE NOT (e.local = true AND county.name = e.county)
  DELETE r
}
CALL (e) {
  UNWIND CASE WHEN e.local = true AND e.county IS NOT NULL THEN [e.county] ELSE [] END AS name
  MERGE (county:County {name: name})
  MERGE (e)-[:LOCATED_IN]->(county)
}
RETURN e.creditCode AS creditCode, e.name AS name, coalesce(e.local, false) AS local,
       e.county AS county, e.city AS city, e.province AS province, e.founded AS founded,
       coalesce(e.chainLeader, false) AS chainLeader, e.products AS products,
       e.updatedBy AS updatedBy, toString(e.updatedAt) AS updatedAt, e.version AS version
