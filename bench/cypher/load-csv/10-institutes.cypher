// institutes.csv
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (i:ResearchInstitute {id: row.institute_id})
  SET i.name = row.name, i.kind = row.kind, i.city = row.city
} IN TRANSACTIONS OF 10000 ROWS
