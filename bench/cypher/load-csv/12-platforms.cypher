// platforms.csv: platforms (also :InnovationPlatform), SERVES their clusters, HOSTED_BY their host.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (p:ServicePlatform {id: row.platform_id})
  SET p.name = row.name, p.kind = row.kind, p.level = row.level, p.established = toInteger(row.established),
      p.innovationPlatform = CASE row.innovation_platform WHEN 'true' THEN true WHEN 'false' THEN false END
  WITH row, p
  CALL (p) {
    WITH p WHERE p.innovationPlatform = true
    SET p:InnovationPlatform
  }
  CALL (row, p) {
    UNWIND CASE WHEN row.cluster_ids IS NULL THEN [] ELSE split(row.cluster_ids, ';') END AS id
    MATCH (c:Cluster {id: id})
    MERGE (p)-[:SERVES]->(c)
  }
  CALL (row, p) {
    MATCH (h:Enterprise {creditCode: row.host_code})
    MERGE (p)-[:HOSTED_BY]->(h)
  }
} IN TRANSACTIONS OF 10000 ROWS
