// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/cluster-years.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (n:ClusterYear {clusterId: row.clusterId, year: toInteger(row.year)})
RETURN i AS index, CASE WHEN n IS NULL THEN null ELSE {clusterId: n.clusterId, year: n.year, output: n.output, growth: n.growth, taxShare: n.taxShare} END AS before
