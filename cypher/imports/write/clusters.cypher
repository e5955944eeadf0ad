// Upserts clusters (key: id) with their county (IN_COUNTY) and chain (FOLLOWS), replacing the old ones,
// and their region codes (server/shared/regions.ts: region_code, else the county's, else the home city's).
UNWIND $rows AS row
MATCH (chain:Chain {id: row.chainId})
OPTIONAL MATCH (old:Cluster {id: row.id})
WITH row, chain, properties(old) AS before
MERGE (c:Cluster {id: row.id})
SET c.name = row.name,
    c.county = row.county,
    c.chainId = row.chainId,
    c.level = row.level,
    c.leadIndustry = coalesce(row.leadIndustry, c.leadIndustry),
    c.regionCode = row.regionCode,
    c.countyCode = row.countyCode,
    c.cityCode = row.cityCode,
    c.provinceCode = row.provinceCode
MERGE (county:County {name: row.county})
  ON CREATE SET county.divisionCode = $countyCodes[row.county]
WITH row, chain, county, c, before
CALL (c, chain, county) {
  MATCH (c)-[r:IN_COUNTY|FOLLOWS]->(other)
  WHERE other <> county AND other <> chain
  DELETE r
}
MERGE (c)-[:IN_COUNTY]->(county)
MERGE (c)-[:FOLLOWS]->(chain)
WITH c, before, properties(c) AS after
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after THEN [1] ELSE [] END | SET c.updatedBy = $user, c.updatedAt = datetime($at))
WITH before, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND before <> after THEN 1 END) AS updated
