// Upserts collaborations (key: institute, enterprise, kind, year; year 0 when the file gave none).
UNWIND $rows AS row
MATCH (i:ResearchInstitute {id: row.instituteId})
MATCH (e:Enterprise {creditCode: row.creditCode})
OPTIONAL MATCH (i)-[old:COLLABORATES_WITH {kind: row.kind, year: toInteger(row.year)}]->(e)
WITH row, i, e, properties(old) AS before
MERGE (i)-[r:COLLABORATES_WITH {kind: row.kind, year: toInteger(row.year)}]->(e)
SET r.title = coalesce(row.title, r.title)
WITH r, before, properties(r) AS after
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after THEN [1] ELSE [] END | SET r.updatedBy = $user, r.updatedAt = datetime($at))
WITH before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
