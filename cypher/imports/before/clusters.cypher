// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/clusters.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (n:Cluster {id: row.id})
RETURN i AS index, CASE WHEN n IS NULL THEN null ELSE {id: n.id, name: n.name, county: n.county, chainId: n.chainId, level: n.level, leadIndustry: n.leadIndustry, regionCode: n.regionCode} END AS before
