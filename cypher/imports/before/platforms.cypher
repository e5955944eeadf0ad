// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/platforms.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (n:ServicePlatform {id: row.id})
RETURN i AS index, CASE WHEN n IS NULL THEN null ELSE {id: n.id, name: n.name, kind: n.kind, level: n.level, established: n.established,
       innovationPlatform: n.innovationPlatform,
       clusterIds: COLLECT { MATCH (n)-[:SERVES]->(c:Cluster) RETURN c.id },
       hostCode: COLLECT { MATCH (n)-[:HOSTED_BY]->(h:Enterprise) RETURN h.creditCode }[0]} END AS before
