// Creates or replaces the supply link (key: supplier, buyer, segmentId, year), records who and when, bumps its version,
// and rebuilds the supplier's products text as the importer does. No row when a firm is unknown.
MATCH (s:Enterprise {creditCode: $supplierCode})
MATCH (b:Enterprise {creditCode: $buyerCode})
MERGE (s)-[r:SUPPLIES {segmentId: $segmentId, year: toInteger($year)}]->(b)
SET r.annualValue = $annualValue, r.product = $product, r.updatedBy = $user, r.updatedAt = datetime(), r.version = coalesce(r.version, 0) + 1
WITH s, b, r
CALL (s) {
  WITH COLLECT { MATCH (s)-[x:SUPPLIES]->(:Enterprise) WHERE x.product IS NOT NULL RETURN DISTINCT x.product AS product ORDER BY product } AS products
  SET s.products = CASE WHEN size(products) = 0 THEN null ELSE apoc.text.join(products, '；') END
}
RETURN s.creditCode AS supplierCode, b.creditCode AS buyerCode, r.segmentId AS segmentId, r.year AS year,
       r.annualValue AS annualValue, r.product AS product, r.updatedBy AS updatedBy, toString(r.updatedAt) AS updatedAt, r.version AS version
