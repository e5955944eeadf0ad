// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/enterprises.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (n:Enterprise {creditCode: row.creditCode})
RETURN i AS index, CASE WHEN n IS NULL THEN null ELSE {creditCode: n.creditCode, name: n.name, local: n.local, county: n.county, city: n.city,
       province: n.province, founded: n.founded, chainLeader: n.chainLeader,
       regionCode: n.regionCode,
       clusterIds: COLLECT { MATCH (n)-[:IN_CLUSTER]->(c:Cluster) RETURN c.id },
       segmentIds: COLLECT { MATCH (n)-[:OPERATES_IN]->(s:Segment) RETURN s.id }} END AS before
