// Upserts chains (key: id). An empty optional cell (null) keeps the stored value.
UNWIND $rows AS row
OPTIONAL MATCH (old:Chain {id: row.id})
WITH row, properties(old) AS before
MERGE (c:Chain {id: row.id})
SET c.name = row.name,
    c.industry = coalesce(row.industry, c.industry)
WITH before, properties(c) AS after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
