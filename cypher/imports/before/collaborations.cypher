// What the import would change (validation report): the stored values of each row's entity, keyed
// by the row's properties (null where nothing is stored). $rows: the rows as written by write/collaborations.
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (:ResearchInstitute {id: row.instituteId})-[r:COLLABORATES_WITH {kind: row.kind, year: toInteger(row.year)}]->(:Enterprise {creditCode: row.creditCode})
WITH i, row, head(collect(r)) AS r
RETURN i AS index, CASE WHEN r IS NULL THEN null ELSE {instituteId: row.instituteId, creditCode: row.creditCode, kind: r.kind, year: r.year, title: r.title} END AS before
