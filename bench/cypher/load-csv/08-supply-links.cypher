// supply_links.csv: one SUPPLIES per (supplier, buyer, segment, year); year 0 when empty.
// Written as a Neo4j expert would for this model: the naive `MERGE (s)-[:SUPPLIES {segmentId,
// year}]->(b)` is planned as a seek on the supplies_segment_year relationship index, which reads
// every link of that segment and year for each row (471 s for the default data set's 65,447 links
// on a quiet machine, 2026-11-29): the link is found by expanding between the two firms instead
// (the `+ 0` / `+ ''` keep the planner off the index), the same plan as the importer's statement.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (s:Enterprise {creditCode: row.supplier_code})
  MATCH (b:Enterprise {creditCode: row.buyer_code})
  WITH row, s, b, coalesce(toInteger(row.year), 0) AS year
  OPTIONAL MATCH (s)-[old:SUPPLIES]->(b)
    WHERE old.year + 0 = year AND old.segmentId + '' = row.segment_id
  FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END |
    CREATE (s)-[:SUPPLIES {segmentId: row.segment_id, year: year, annualValue: toFloat(row.annual_value), product: row.product}]->(b))
  FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END |
    SET old.annualValue = toFloat(row.annual_value), old.product = row.product)
} IN TRANSACTIONS OF 10000 ROWS
