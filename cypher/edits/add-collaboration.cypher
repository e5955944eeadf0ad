// Creates (or retitles) the collaboration with the key (institute, enterprise, kind, year; year 0
// when unknown) as the importer does, and records who and when. Returns it and its state before
// (null when new). No row when the institute or the enterprise is unknown.
MATCH (i:ResearchInstitute {id: $instituteId})
MATCH (e:Enterprise {creditCode: $creditCode})
OPTIONAL MATCH (i)-[old:COLLABORATES_WITH {kind: $kind, year: toInteger($year)}]->(e)
WITH i, e, CASE WHEN old IS NULL THEN null ELSE old {.title} END AS before
MERGE (i)-[r:COLLABORATES_WITH {kind: $kind, year: toInteger($year)}]->(e)
SET r.title = $title, r.updatedBy = $user, r.updatedAt = datetime()
RETURN i.id AS instituteId, i.name AS instituteName, i.kind AS instituteKind, r.kind AS kind, r.year AS year, r.title AS title, before
