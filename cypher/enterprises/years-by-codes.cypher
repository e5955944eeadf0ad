// The yearly figures of each enterprise (batched for DataLoader), oldest first.
UNWIND $codes AS code
MATCH (:Enterprise {creditCode: code})-[:HAS_YEAR]->(y:EnterpriseYear)
WITH code, y ORDER BY y.year
RETURN code, collect(y {.year, .revenue, .rdSpend, .aboveScale, .srdiLevel, .highValuePatents, .smartFactory,
                        .digitalTransformation, .greenList, .greenDiagnosis, version: coalesce(y.version, 0)}) AS years
