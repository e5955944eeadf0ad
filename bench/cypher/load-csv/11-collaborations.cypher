// collaborations.csv: (institute)-[:COLLABORATES_WITH {kind, year}]->(enterprise); year 0 when empty.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (i:ResearchInstitute {id: row.institute_id})
  MATCH (e:Enterprise {creditCode: row.credit_code})
  MERGE (i)-[r:COLLABORATES_WITH {kind: row.kind, year: coalesce(toInteger(row.year), 0)}]->(e)
  SET r.title = row.title
} IN TRANSACTIONS OF 10000 ROWS
