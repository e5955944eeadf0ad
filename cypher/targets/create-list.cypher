// Creates target list $id; no row when $clusterId names no cluster.
OPTIONAL MATCH (c:Cluster {id: $clusterId})
WITH c WHERE $clusterId IS NULL OR c IS NOT NULL
CREATE (l:TargetList {id: $id, name: $name, clusterId: $clusterId, note: $note,
                      createdBy: $by, createdAt: $now, updatedBy: $by, updatedAt: $now})
RETURN l.id AS id
