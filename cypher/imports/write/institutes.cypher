// Upserts research institutes (key: id).
UNWIND $rows AS row
OPTIONAL MATCH (old:ResearchInstitute {id: row.id})
WITH row, properties(old) AS before
MERGE (i:ResearchInstitute {id: row.id})
SET i.name = row.name,
    i.kind = row.kind,
    i.city = coalesce(row.city, i.city)
WITH i, before, properties(i) AS after
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after THEN [1] ELSE [] END | SET i.updatedBy = $user, i.updatedAt = datetime($at))
WITH before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
