// One year's figures of an enterprise as an edit sees them, with the firm locked for the rest of
// the write transaction: exists (false: a new year, version 0), the figures, version and who last
// changed them (display name). No row when the enterprise is unknown.
MATCH (e:Enterprise {creditCode: $creditCode})
CALL apoc.lock.nodes([e])
OPTIONAL MATCH (y:EnterpriseYear {creditCode: $creditCode, year: toInteger($year)})
OPTIONAL MATCH (u:User {id: y.updatedBy})
RETURN y IS NOT NULL AS exists,
       y {.revenue, .rdSpend, .aboveScale, .srdiLevel, .highValuePatents, .smartFactory, .digitalTransformation, .greenList, .greenDiagnosis} AS figures,
       coalesce(y.version, 0) AS version, coalesce(u.name, y.updatedBy) AS updatedByName, toString(y.updatedAt) AS updatedAt
