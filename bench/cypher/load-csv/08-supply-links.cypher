// supply_links.csv: one SUPPLIES per (supplier, buyer, segment, year); year 0 when empty.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Enterprise {creditCode: row.supplier_code})
  MATCH (b:Enterprise {creditCode: row.buyer_code})
  MERGE (s)-[r:SUPPLIES {segmentId: row.segment_id, year: coalesce(toInteger(row.year), 0)}]->(b)
  SET r.annualValue = toFloat(row.annual_value), r.product = row.product
} IN TRANSACTIONS OF 10000 ROWS
