// Upserts enterprises (key: creditCode). A given cluster_ids / segment_ids list replaces IN_CLUSTER /
// OPERATES_IN; an empty one keeps them. LOCATED_IN follows the stored local flag and county.
// Region (server/shared/regions.ts): the row's codes, except that a stated region (regionDerived =
// false) is kept against a row whose region is only derived from the credit code, or is a coarser
// one containing it (a row naming only the city keeps the stored county, as the county cell does).
UNWIND $rows AS row
OPTIONAL MATCH (old:Enterprise {creditCode: row.creditCode})
WITH row, properties(old) AS before,
     COLLECT { MATCH (old)-[:IN_CLUSTER]->(c:Cluster) RETURN c.id } AS oldClusters,
     COLLECT { MATCH (old)-[:OPERATES_IN]->(s:Segment) RETURN s.id } AS oldSegments
WITH row, before,
     (row.clusterIds IS NOT NULL AND NOT (size(oldClusters) = size(row.clusterIds) AND all(x IN row.clusterIds WHERE x IN oldClusters)))
     OR (row.segmentIds IS NOT NULL AND NOT (size(oldSegments) = size(row.segmentIds) AND all(x IN row.segmentIds WHERE x IN oldSegments))) AS relsChanged
WITH row, before, relsChanged, CASE WHEN before.regionDerived = false
            AND (row.regionCode IS NULL OR row.regionDerived
                 OR before.regionCode STARTS WITH CASE WHEN row.countyCode IS NOT NULL THEN row.regionCode
                                                       WHEN row.cityCode IS NOT NULL THEN left(row.regionCode, 4)
                                                       ELSE left(row.regionCode, 2) END)
          THEN before ELSE row END AS place
MERGE (e:Enterprise {creditCode: row.creditCode})
SET e.name = row.name,
    e.local = row.local,
    e.county = coalesce(row.county, e.county),
    e.city = coalesce(row.city, e.city),
    e.province = coalesce(row.province, e.province),
    e.founded = coalesce(toInteger(row.founded), e.founded),
    e.dissolved = coalesce(toInteger(row.dissolved), e.dissolved),
    e.chainLeader = coalesce(row.chainLeader, e.chainLeader),
    e.regionCode = place.regionCode,
    e.regionDerived = place.regionDerived,
    e.countyCode = place.countyCode,
    e.cityCode = place.cityCode,
    e.provinceCode = place.provinceCode
WITH row, before, relsChanged, e
CALL (row, e) {
  MATCH (e)-[r:IN_CLUSTER]->(c:Cluster)
  WHERE row.clusterIds IS NOT NULL AND NOT c.id IN row.clusterIds
  DELETE r
}
CALL (row, e) {
  UNWIND coalesce(row.clusterIds, []) AS id
  MATCH (c:Cluster {id: id})
  MERGE (e)-[:IN_CLUSTER]->(c)
}
CALL (row, e) {
  MATCH (e)-[r:OPERATES_IN]->(s:Segment)
  WHERE row.segmentIds IS NOT NULL AND NOT s.id IN row.segmentIds
  DELETE r
}
CALL (row, e) {
  UNWIND coalesce(row.segmentIds, []) AS id
  MATCH (s:Segment {id: id})
  MERGE (e)-[:OPERATES_IN]->(s)
}
CALL (e) {
  MATCH (e)-[r:LOCATED_IN]->(county:County)
  WHERE NOT (e.local = true AND county.name = e.county)
  DELETE r
}
CALL (e) {
  UNWIND CASE WHEN e.local = true AND e.county IS NOT NULL THEN [e.county] ELSE [] END AS name
  MERGE (county:County {name: name})
    ON CREATE SET county.divisionCode = $countyCodes[name]
  MERGE (e)-[:LOCATED_IN]->(county)
}
WITH e, before, relsChanged, properties(e) AS after
// the version counts changes (edits check it): only a row that changed something bumps it
SET e.version = coalesce(e.version, 0) + CASE WHEN before IS NULL OR before <> after OR relsChanged THEN 1 ELSE 0 END
// who and when: only on rows this import created or changed (unchanged rows keep their last editor)
FOREACH (_ IN CASE WHEN before IS NULL OR before <> after OR relsChanged THEN [1] ELSE [] END | SET e.updatedBy = $user, e.updatedAt = datetime($at))
WITH before, relsChanged, after
RETURN count(*) AS rows,
       count(CASE WHEN before IS NULL THEN 1 END) AS created,
       count(CASE WHEN before IS NOT NULL AND (before <> after OR relsChanged) THEN 1 END) AS updated
