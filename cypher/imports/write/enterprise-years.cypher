// Upserts yearly enterprise figures (key: creditCode, year); an empty cell keeps the stored value.
UNWIND $rows AS row
MATCH (e:Enterprise {creditCode: row.creditCode})
OPTIONAL MATCH (old:EnterpriseYear {creditCode: row.creditCode, year: toInteger(row.year)})
WITH row, e, properties(old) AS before
MERGE (y:EnterpriseYear {creditCode: row.creditCode, year: toInteger(row.year)})
SET y.revenue = coalesce(row.revenue, y.revenue),
    y.rdSpend = coalesce(row.rdSpend, y.rdSpend),
    y.aboveScale = coalesce(row.aboveScale, y.aboveScale),
    y.srdiLevel = coalesce(row.srdiLevel, y.srdiLevel),
    y.highValuePatents = coalesce(toInteger(row.highValuePatents), y.highValuePatents),
    y.smartFactory = coalesce(row.smartFactory, y.smartFactory),
    y.digitalTransformation = coalesce(row.digitalTransformation, y.digitalTransformation),
    y.greenList = coalesce(row.greenList, y.greenList),
    y.greenDiagnosis = coalesce(row.greenDiagnosis, y.greenDiagnosis)
MERGE (e)-[:HAS_YEAR]->(y)
WITH y, before, properties(y) AS after
// the version counts changes (edits check it): only a row that changed something bumps it
SET y.version = coalesce(y.version, 0) + CASE WHEN before IS NULL OR before <> after THEN 1 ELSE 0 END
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after THEN [1] ELSE [] END | SET y.updatedBy = $user, y.updatedAt = datetime($at))
WITH before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
