// An enterprise's supply links, in (it buys) and out (it supplies), newest year first, then the
// largest value; at most $limit. $direction: UPSTREAM (in), DOWNSTREAM (out) or BOTH.
MATCH (e:Enterprise {creditCode: $creditCode})
CALL (e) {
  MATCH (s:Enterprise)-[r:SUPPLIES]->(e) WHERE $direction IN ['BOTH', 'UPSTREAM']
  RETURN s, r, e AS b
  UNION ALL
  MATCH (e)-[r:SUPPLIES]->(b:Enterprise) WHERE $direction IN ['BOTH', 'DOWNSTREAM']
  RETURN e AS s, r, b
}
WITH s, r, b ORDER BY r.year DESC, r.annualValue DESC, s.creditCode, b.creditCode, r.segmentId
LIMIT toInteger($limit)
RETURN s.creditCode AS supplierCode, b.creditCode AS buyerCode, r.segmentId AS segmentId, r.year AS year,
       r.annualValue AS annualValue, r.product AS product, r.updatedBy AS updatedBy, toString(r.updatedAt) AS updatedAt,
       coalesce(r.version, 0) AS version
