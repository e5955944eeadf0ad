// enterprise_years.csv (booleans 'true'/'false', empty = unknown = no property).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (e:Enterprise {creditCode: row.credit_code})
  MERGE (y:EnterpriseYear {creditCode: row.credit_code, year: toInteger(row.year)})
  SET y.revenue = toFloat(row.revenue), y.rdSpend = toFloat(row.rd_spend),
      y.aboveScale = CASE row.above_scale WHEN 'true' THEN true WHEN 'false' THEN false END,
      y.srdiLevel = row.srdi_level, y.highValuePatents = toInteger(row.high_value_patents),
      y.smartFactory = CASE row.smart_factory WHEN 'true' THEN true WHEN 'false' THEN false END,
      y.digitalTransformation = CASE row.digital_transformation WHEN 'true' THEN true WHEN 'false' THEN false END,
      y.greenList = CASE row.green_list WHEN 'true' THEN true WHEN 'false' THEN false END,
      y.greenDiagnosis = CASE row.green_diagnosis WHEN 'true' THEN true WHEN 'false' THEN false END
  MERGE (e)-[:HAS_YEAR]->(y)
} IN TRANSACTIONS OF 10000 ROWS
