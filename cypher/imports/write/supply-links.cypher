// Upserts supply links (key: supplier, buyer, segmentId, year; year 0 when the file gave none).
UNWIND $rows AS row
MATCH (s:Enterprise {creditCode: row.supplier})
MATCH (b:Enterprise {creditCode: row.buyer})
OPTIONAL MATCH (s)-[old:SUPPLIES {segmentId: row.segmentId, year: toInteger(row.year)}]->(b)
WITH row, s, b, properties(old) AS before
MERGE (s)-[r:SUPPLIES {segmentId: row.segmentId, year: toInteger(row.year)}]->(b)
SET r.annualValue = row.annualValue,
    r.product = coalesce(row.product, r.product)
WITH before, properties(r) AS after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
