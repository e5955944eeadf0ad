// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/institutes.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (n:ResearchInstitute {id: row.id})
RETURN i AS index, CASE WHEN n IS NULL THEN null ELSE {id: n.id, name: n.name, kind: n.kind, city: n.city} END AS before
