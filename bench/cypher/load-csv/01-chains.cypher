// LOAD CSV peer of the importer (benchmark only): chains.csv. Empty CSV fields are null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (c:Chain {id: row.chain_id})
  SET c.name = row.name, c.industry = row.industry
} IN TRANSACTIONS OF 10000 ROWS
