// BEFORE #16, kept for bench/comparison-kept.ts only (the app's statement is cypher/gaps/supply.cypher).
// The supply side of a chain-gap report, from one pass over the links into the cluster's firms
// (buyers) in the segments of $segmentIds in $supplyYear. One row:
//   flows: per segment, inflow (sum of annualValue), localInflow (the part from local
//     suppliers), supplierCount (distinct suppliers) and the top supplier (largest summed value;
//     ties by credit code) and whether it is local;
//   targets (补链/招商): outside (non-local) suppliers per segment, as [creditCode, name, city,
//     province, segmentId, inflow, buyers]: their inflow and distinct cluster buyers in that
//     segment; by inflow desc, then buyers desc, then name, credit code, segment (the service
//     keeps the MISSING and WEAK segments' ones);
//   buyerCounts: per segment, its distinct cluster buyers and riskCount, how many of them have
//     exactly one supplier of it;
//   risks (固链): those (buyer, segment) pairs with that supplier, the value and whether the
//     supplier is local, as [buyerCode, buyerName, segmentId, supplierCode, supplierName, value,
//     supplierLocal]; largest value first, then buyer code, then chain order ($segmentOrder);
//     riskValue (in buyerCounts): the value of a segment's risks (at stake);
//   riskSegments, riskSuppliers: the risks grouped by segment and by supplier (below).
// A link's key is (supplier, buyer, segment, year): within one year, every link of a (segment,
// buyer) is another supplier.
// The links are found from the cluster's members, so the cost is the cluster's own inbound links
// whatever else the database holds (the supplies_segment_year index would read every link of
// the chain's segments of every cluster and province, then join with the members).
// Buyer and supplier count only when present in $presentIn (founded in or before it or unknown,
// not dissolved in or before it; null: every firm). A supplier is local when it is local at
// $scope (the same test as gaps/segments': see there) or one of $attracted (what-if-attract, else []).
MATCH (:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(b)<-[r:SUPPLIES]-(sup)
WHERE r.year = $supplyYear AND r.segmentId IN $segmentIds
  AND ($presentIn IS NULL OR (coalesce(b.founded <= $presentIn, true) AND coalesce(b.dissolved > $presentIn, true)
                              AND coalesce(sup.founded <= $presentIn, true) AND coalesce(sup.dissolved > $presentIn, true)))
// [segmentId, buyer, supplier, value, supplier local]: lists, which the runtime handles faster than maps
WITH collect([r.segmentId, b, sup, r.annualValue, sup.creditCode IN $attracted OR coalesce(CASE $scope
       WHEN 'COUNTY' THEN sup.local = true AND sup.countyCode = $scopeRegion
       WHEN 'CITY' THEN sup.local = true AND (sup.regionDerived = true OR coalesce(sup.cityCode = $scopeRegion, true))
       ELSE sup.provinceCode = $scopeRegion OR (sup.local = true AND (sup.regionDerived = true OR sup.provinceCode IS NULL)) END, false)]) AS links
CALL (links) {
  UNWIND links AS link
  WITH link[0] AS segmentId, link[2] AS sup, link[4] AS supLocal, sum(link[3]) AS value, count(DISTINCT link[1]) AS buyers
  // rounded for the order only: equal sums added up in another order must still tie
  ORDER BY round(value, 6) DESC, sup.creditCode
  WITH segmentId, sup, value, buyers, supLocal
  WITH segmentId, sum(value) AS inflow, sum(CASE WHEN supLocal THEN value ELSE 0 END) AS localInflow,
       count(sup) AS supplierCount, collect([sup, supLocal])[0] AS top, max(value) AS topValue,
       collect(CASE WHEN NOT supLocal THEN [sup, value, buyers] END) AS outside
  RETURN collect({segmentId: segmentId, inflow: toFloat(inflow), localInflow: toFloat(localInflow), supplierCount: supplierCount,
                  topSupplierCode: top[0].creditCode, topSupplierName: top[0].name, topSupplierLocal: top[1],
                  topSupplierValue: toFloat(topValue)}) AS flows,
         collect({segmentId: segmentId, outside: outside}) AS outsideBySegment
}
CALL (outsideBySegment) {
  UNWIND outsideBySegment AS segment
  UNWIND segment.outside AS o
  WITH segment.segmentId AS segmentId, o[0] AS sup, o[1] AS inflow, o[2] AS buyers
  ORDER BY round(inflow, 6) DESC, buyers DESC, sup.name ASC, sup.creditCode ASC, segmentId ASC
  // lists, not maps: no keys to send with every row
  RETURN collect([sup.creditCode, sup.name, sup.city, sup.province, segmentId, toFloat(inflow), buyers]) AS targets
}
CALL (links) {
  UNWIND links AS link
  WITH link[0] AS segmentId, link[1] AS b, count(*) AS suppliers, sum(link[3]) AS value, collect([link[2], link[4]])[0] AS sup
  WITH segmentId, count(b) AS buyerCount, collect(CASE WHEN suppliers = 1 THEN [b, sup[0], value, sup[1]] END) AS singles,
       sum(CASE WHEN suppliers = 1 THEN value ELSE 0 END) AS riskValue
  RETURN collect({segmentId: segmentId, buyerCount: buyerCount, riskCount: size(singles), riskValue: toFloat(riskValue)}) AS buyerCounts,
         collect({segmentId: segmentId, singles: singles}) AS singlesBySegment
}
CALL (singlesBySegment) {
  UNWIND singlesBySegment AS segment
  UNWIND segment.singles AS single
  WITH segment.segmentId AS segmentId, single[0] AS b, single[1] AS sup, single[2] AS value, single[3] AS supLocal
  ORDER BY value DESC, b.creditCode ASC, $segmentOrder[segmentId] ASC
  RETURN collect([b.creditCode, b.name, segmentId, sup.creditCode, sup.name, toFloat(value), supLocal]) AS risks
}
// 固链 grouped by segment: the segments with single-source risks, by value at stake (the sum of
// their single-source purchases) desc, then chain order; each with its distinct single sources and
// the first $topSuppliers of them as [creditCode, name, local, buyers, value] (value desc, buyers
// desc, credit code).
CALL (singlesBySegment) {
  UNWIND singlesBySegment AS segment
  UNWIND segment.singles AS single
  WITH segment.segmentId AS segmentId, single[1] AS sup, single[3] AS supLocal, count(*) AS buyers, sum(single[2]) AS value
  ORDER BY round(value, 6) DESC, buyers DESC, sup.creditCode ASC
  WITH segmentId, collect([sup.creditCode, sup.name, supLocal, buyers, toFloat(value)]) AS suppliers, sum(value) AS value
  ORDER BY round(value, 6) DESC, $segmentOrder[segmentId] ASC
  RETURN collect({segmentId: segmentId, value: toFloat(value), supplierCount: size(suppliers),
                  topSuppliers: suppliers[0..$topSuppliers]}) AS riskSegments
}
// 固链 grouped by supplier: each single source with the distinct cluster firms that depend on it
// alone (in any segment), its risks ((buyer, segment) pairs), the value at stake and its segments,
// as [creditCode, name, local, dependants, risks, value, segmentIds]; value desc, then dependants
// desc, then credit code.
CALL (singlesBySegment) {
  UNWIND singlesBySegment AS segment
  UNWIND segment.singles AS single
  WITH single[1] AS sup, single[3] AS supLocal, segment.segmentId AS segmentId, single[0] AS b, single[2] AS value
  WITH sup, supLocal, collect(DISTINCT segmentId) AS segmentIds, count(DISTINCT b) AS dependants, count(*) AS risks, sum(value) AS value
  ORDER BY round(value, 6) DESC, dependants DESC, sup.creditCode ASC
  RETURN collect([sup.creditCode, sup.name, supLocal, dependants, risks, toFloat(value), segmentIds]) AS riskSuppliers
}
RETURN flows, targets, buyerCounts, risks, riskSegments, riskSuppliers
