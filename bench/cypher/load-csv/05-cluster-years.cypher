// cluster_years.csv
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (c:Cluster {id: row.cluster_id})
  MERGE (y:ClusterYear {clusterId: row.cluster_id, year: toInteger(row.year)})
  SET y.output = toFloat(row.output), y.growth = toFloat(row.growth), y.taxShare = toFloat(row.tax_share)
  MERGE (c)-[:HAS_YEAR]->(y)
} IN TRANSACTIONS OF 10000 ROWS
