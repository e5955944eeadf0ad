// enterprises.csv: firms with IN_CLUSTER, OPERATES_IN and (local firms with a county) LOCATED_IN.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (e:Enterprise {creditCode: row.credit_code})
  SET e.name = row.name, e.local = row.local = 'true', e.county = row.county, e.city = row.city,
      e.province = row.province, e.founded = toInteger(row.founded), e.chainLeader = row.chain_leader = 'true'
  WITH row, e
  CALL (row, e) {
    UNWIND CASE WHEN row.cluster_ids IS NULL THEN [] ELSE split(row.cluster_ids, ';') END AS id
    MATCH (c:Cluster {id: id})
    MERGE (e)-[:IN_CLUSTER]->(c)
  }
  CALL (row, e) {
    UNWIND CASE WHEN row.segment_ids IS NULL THEN [] ELSE split(row.segment_ids, ';') END AS id
    MATCH (s:Segment {id: id})
    MERGE (e)-[:OPERATES_IN]->(s)
  }
  CALL (e) {
    UNWIND CASE WHEN e.local AND e.county IS NOT NULL THEN [e.county] ELSE [] END AS name
    MERGE (county:County {name: name})
      ON CREATE SET county.divisionCode = $countyCodes[name]
    MERGE (e)-[:LOCATED_IN]->(county)
  }
} IN TRANSACTIONS OF 10000 ROWS
