// Upserts chains (key: id). An empty optional cell (null) keeps the stored value.
UNWIND $rows AS row
OPTIONAL MATCH (old:Chain {id: row.id})
WITH row, properties(old) AS before
MERGE (c:Chain {id: row.id})
SET c.name = row.name,
    c.industry = coalesce(row.industry, c.industry)
WITH c, before, properties(c) AS after
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after THEN [1] ELSE [] END | SET c.updatedBy = $user, c.updatedAt = datetime($at))
WITH before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
