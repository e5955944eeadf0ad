// Deletes the supply link with this key, returns it as it was, records who and when on both firms
// and rebuilds the supplier's products text. No row when there is no such link.
MATCH (s:Enterprise {creditCode: $supplierCode})-[r:SUPPLIES {segmentId: $segmentId, year: toInteger($year)}]->(b:Enterprise {creditCode: $buyerCode})
WITH s, b, r, r {.segmentId, .year, .annualValue, .product, version: coalesce(r.version, 0)} AS gone
DELETE r
SET s.updatedBy = $user, s.updatedAt = datetime(), b.updatedBy = $user, b.updatedAt = datetime()
WITH s, b, gone
CALL (s) {
  WITH COLLECT { MATCH (s)-[x:SUPPLIES]->(:Enterprise) WHERE x.product IS NOT NULL RETURN DISTINCT x.product AS product ORDER BY product } AS products
  SET s.products = CASE WHEN size(products) = 0 THEN null ELSE apoc.text.join(products, '；') END
}
RETURN s.creditCode AS supplierCode, b.creditCode AS buyerCode, gone.segmentId AS segmentId, gone.year AS year,
       gone.annualValue AS annualValue, gone.product AS product, $user AS updatedBy, toString(s.updatedAt) AS updatedAt, gone.version AS version
