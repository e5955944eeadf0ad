// Creates or changes one year's figures of an enterprise: $set holds the figures to change (a null
// removes one); bumps the version and records who and when. (Numbers arrive from JavaScript as
// floats: the patent count is stored as an integer, like the importer's.)
MATCH (e:Enterprise {creditCode: $creditCode})
MERGE (y:EnterpriseYear {creditCode: $creditCode, year: toInteger($year)})
SET y += $set, y.version = coalesce(y.version, 0) + 1, y.updatedBy = $user, y.updatedAt = datetime()
SET y.highValuePatents = toInteger(y.highValuePatents)
MERGE (e)-[:HAS_YEAR]->(y)
RETURN y.year AS year, y.revenue AS revenue, y.rdSpend AS rdSpend, y.aboveScale AS aboveScale, y.srdiLevel AS srdiLevel,
       y.highValuePatents AS highValuePatents, y.smartFactory AS smartFactory, y.digitalTransformation AS digitalTransformation,
       y.greenList AS greenList, y.greenDiagnosis AS greenDiagnosis, y.version AS version
