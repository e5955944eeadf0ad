// Upserts supply links (key: supplier, buyer, segmentId, year; year 0 when the file gave none).
// The link is looked up by expanding between the two firms (locked first, as MERGE would): the
// comparisons are written so that no relationship index applies, because a seek on the
// SUPPLIES(year) index would scan every link of that year for each row.
UNWIND $rows AS row
MATCH (s:Enterprise {creditCode: row.supplier})
MATCH (b:Enterprise {creditCode: row.buyer})
CALL apoc.lock.nodes([s, b])
OPTIONAL MATCH (s)-[old:SUPPLIES]->(b)
  WHERE old.year + 0 = toInteger(row.year) AND old.segmentId + '' = row.segmentId
WITH row, s, b, old, properties(old) AS before
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
  CREATE (s)-[:SUPPLIES {segmentId: row.segmentId, year: toInteger(row.year), annualValue: row.annualValue, product: row.product, version: 1, updatedBy: $user, updatedAt: datetime($at)}]->(b))
FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END |
  SET old.annualValue = row.annualValue, old.product = coalesce(row.product, old.product))
WITH old, before, properties(old) AS after
// only a row that changed something bumps the version (edits check it) and names who and when
FOREACH (_ IN CASE WHEN old IS NOT NULL AND before <> after THEN [1] ELSE [] END | SET old.version = coalesce(old.version, 0) + 1, old.updatedBy = $user, old.updatedAt = datetime($at))
WITH before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
