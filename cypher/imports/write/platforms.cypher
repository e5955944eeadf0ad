// Upserts service platforms (key: id), labelled InnovationPlatform when innovationPlatform is true.
// A given cluster_ids list replaces SERVES, a given host_code replaces HOSTED_BY; empty cells keep them.
UNWIND $rows AS row
OPTIONAL MATCH (old:ServicePlatform {id: row.id})
WITH row, properties(old) AS before,
     COLLECT { MATCH (old)-[:SERVES]->(c:Cluster) RETURN c.id } AS oldClusters,
     COLLECT { MATCH (old)-[:HOSTED_BY]->(h:Enterprise) RETURN h.creditCode } AS oldHosts
WITH row, before,
     (row.clusterIds IS NOT NULL AND NOT (size(oldClusters) = size(row.clusterIds) AND all(x IN row.clusterIds WHERE x IN oldClusters)))
     OR (row.hostCode IS NOT NULL AND oldHosts <> [row.hostCode]) AS relsChanged
MERGE (p:ServicePlatform {id: row.id})
SET p.name = row.name,
    p.kind = row.kind,
    p.level = coalesce(row.level, p.level),
    p.established = coalesce(toInteger(row.established), p.established),
    p.innovationPlatform = coalesce(row.innovationPlatform, p.innovationPlatform)
WITH row, before, relsChanged, p
CALL (p) {
  WITH p WHERE p.innovationPlatform = true
  SET p:InnovationPlatform
}
CALL (p) {
  WITH p WHERE coalesce(p.innovationPlatform, false) = false
  REMOVE p:InnovationPlatform
}
CALL (row, p) {
  MATCH (p)-[r:SERVES]->(c:Cluster)
  WHERE row.clusterIds IS NOT NULL AND NOT c.id IN row.clusterIds
  DELETE r
}
CALL (row, p) {
  UNWIND coalesce(row.clusterIds, []) AS id
  MATCH (c:Cluster {id: id})
  MERGE (p)-[:SERVES]->(c)
}
CALL (row, p) {
  MATCH (p)-[r:HOSTED_BY]->(h:Enterprise)
  WHERE row.hostCode IS NOT NULL AND h.creditCode <> row.hostCode
  DELETE r
}
CALL (row, p) {
  MATCH (h:Enterprise {creditCode: row.hostCode})
  MERGE (p)-[:HOSTED_BY]->(h)
}
WITH p, before, relsChanged, properties(p) AS after
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after OR relsChanged THEN [1] ELSE [] END | SET p.updatedBy = $user, p.updatedAt = datetime($at))
WITH before, relsChanged, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND (before <> after OR relsChanged) THEN 1 END) AS updated
