// Adds ($sign 1) or takes away ($sign -1) the contribution of the firms $codes to the kept figures
// of the segments they operate in now: a writer that changes a few firms (an edit, an import undo)
// runs it with -1 before its write and with 1 after it, in the same transaction, instead of
// recomputing whole segments (server/aggregates/README.md).
// 1. Locks the firms, then the heads of their segments and of $segmentIds (the ones a firm is
//    about to join), in id order, as aggregates/lock does: every writer of a segment's figures
//    holds its head, so a firm's contribution read here is the one the kept rows hold.
// 2. For each head that has been computed (years set; a head without years is not read, and is
//    recomputed by the next rebuild), each year of it the firm is present in, and each scope
//    where the firm is in a bucket (the buckets of aggregates/recompute): the row's figures move by
//    the firm's; a row left without local firms goes. The head's OPERATES_IN count moves by the
//    firm's links, so that it still equals the segment's degree when nothing wrote behind the
//    app's back.
CALL () {
  UNWIND $codes AS code
  MATCH (f:Enterprise {creditCode: code})
  WITH f ORDER BY f.creditCode
  WITH collect(f) AS firms
  CALL apoc.lock.nodes(firms)
  UNWIND firms AS f
  OPTIONAL MATCH (f)-[:OPERATES_IN]->(s:Segment)
  WITH collect(s.id) + $segmentIds AS ids
  UNWIND ids AS segmentId
  WITH DISTINCT segmentId ORDER BY segmentId
  MATCH (:Segment {id: segmentId})
  MERGE (h:SegmentFiguresHead {segmentId: segmentId})
  SET h.locked = true
  RETURN count(h) AS locked
}
CALL () {
  UNWIND $codes AS code
  MATCH (:Enterprise {creditCode: code})-[:OPERATES_IN]->(s:Segment)
  MATCH (h:SegmentFiguresHead {segmentId: s.id})
  WHERE h.years IS NOT NULL
  WITH h, count(*) AS links
  SET h.linkedFirms = h.linkedFirms + toInteger($sign) * links
}
CALL () {
  UNWIND $codes AS code
  MATCH (f:Enterprise {creditCode: code})-[:OPERATES_IN]->(s:Segment)
  MATCH (h:SegmentFiguresHead {segmentId: s.id})
  WHERE h.years IS NOT NULL
  WITH s.id AS segmentId, h.years AS years, f,
       CASE WHEN f.local = true THEN f.countyCode END AS county,
       CASE WHEN f.local = true THEN CASE WHEN f.regionDerived = true OR f.cityCode IS NULL THEN '*' ELSE f.cityCode END END AS city,
       CASE WHEN f.local = true AND (f.regionDerived = true OR f.provinceCode IS NULL) THEN '*' ELSE f.provinceCode END AS province
  WHERE county IS NOT NULL OR city IS NOT NULL OR province IS NOT NULL
  UNWIND years AS year
  WITH segmentId, f, county, city, province, year
  WHERE coalesce(f.founded <= year, true) AND coalesce(f.dissolved > year, true)
  OPTIONAL MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: year})
  WITH segmentId, year, county, city, province, coalesce(fy.revenue, 0) AS revenue, fy.revenue IS NOT NULL AS hasRevenue,
       coalesce(fy.srdiLevel IN $srdiLevels, false) AS srdi, coalesce(f.chainLeader, false) AS leader
  UNWIND [['COUNTY', county], ['CITY', city], ['PROVINCE', province]] AS bucket
  WITH segmentId, year, bucket[0] AS scope, bucket[1] AS region, revenue, hasRevenue, srdi, leader
  WHERE region IS NOT NULL
  WITH segmentId, year, scope, region, toInteger($sign) AS sign,
       count(*) AS firms,
       toFloat(sum(revenue)) AS revenue,
       count(CASE WHEN hasRevenue THEN 1 END) AS revenueFirms,
       count(CASE WHEN srdi THEN 1 END) AS srdiFirms,
       count(CASE WHEN leader THEN 1 END) AS chainLeaders,
       count(CASE WHEN srdi OR leader THEN 1 END) AS qualityFirms
  MERGE (a:SegmentFigures {segmentId: segmentId, year: year, scope: scope, region: region})
    ON CREATE SET a.localFirms = 0, a.localRevenue = 0.0, a.localRevenueFirms = 0, a.localSrdiFirms = 0,
                  a.localChainLeaders = 0, a.localQualityFirms = 0
  SET a.localFirms = a.localFirms + sign * firms,
      a.localRevenue = a.localRevenue + sign * revenue,
      a.localRevenueFirms = a.localRevenueFirms + sign * revenueFirms,
      a.localSrdiFirms = a.localSrdiFirms + sign * srdiFirms,
      a.localChainLeaders = a.localChainLeaders + sign * chainLeaders,
      a.localQualityFirms = a.localQualityFirms + sign * qualityFirms
  WITH a WHERE a.localFirms = 0
  DELETE a
}
RETURN count(*) AS done
