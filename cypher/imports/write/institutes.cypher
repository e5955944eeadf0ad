// Upserts research institutes (key: id).
UNWIND $rows AS row
OPTIONAL MATCH (old:ResearchInstitute {id: row.id})
WITH row, properties(old) AS before
MERGE (i:ResearchInstitute {id: row.id})
SET i.name = row.name,
    i.kind = row.kind,
    i.city = coalesce(row.city, i.city)
WITH before, properties(i) AS after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
