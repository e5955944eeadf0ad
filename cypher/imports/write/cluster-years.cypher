// Upserts yearly cluster figures (key: clusterId, year).
UNWIND $rows AS row
MATCH (c:Cluster {id: row.clusterId})
OPTIONAL MATCH (old:ClusterYear {clusterId: row.clusterId, year: toInteger(row.year)})
WITH row, c, properties(old) AS before
MERGE (y:ClusterYear {clusterId: row.clusterId, year: toInteger(row.year)})
SET y.output = row.output,
    y.growth = coalesce(row.growth, y.growth),
    y.taxShare = coalesce(row.taxShare, y.taxShare)
MERGE (c)-[:HAS_YEAR]->(y)
WITH y, before, properties(y) AS after
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after THEN [1] ELSE [] END | SET y.updatedBy = $user, y.updatedAt = datetime($at))
WITH before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
