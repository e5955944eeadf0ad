// clusters.csv: clusters with their county (IN_COUNTY) and chain (FOLLOWS).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (chain:Chain {id: row.chain_id})
  MERGE (c:Cluster {id: row.cluster_id})
  SET c.name = row.name, c.county = row.county, c.chainId = row.chain_id, c.level = row.level, c.leadIndustry = row.lead_industry
  MERGE (county:County {name: row.county})
    ON CREATE SET county.divisionCode = $countyCodes[row.county]
  MERGE (c)-[:IN_COUNTY]->(county)
  MERGE (c)-[:FOLLOWS]->(chain)
} IN TRANSACTIONS OF 10000 ROWS
