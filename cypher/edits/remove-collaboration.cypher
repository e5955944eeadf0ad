// Deletes the collaboration with this key and returns it as it was; no row when there is none.
MATCH (i:ResearchInstitute {id: $instituteId})-[r:COLLABORATES_WITH {kind: $kind, year: toInteger($year)}]->(:Enterprise {creditCode: $creditCode})
WITH i, r, r {.kind, .year, .title} AS gone
DELETE r
RETURN i.id AS instituteId, i.name AS instituteName, i.kind AS instituteKind, gone.kind AS kind, gone.year AS year, gone.title AS title
