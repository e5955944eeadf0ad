// One row, from the links of the segments in $segmentIds in $supplyYear into the cluster's firms
// (membership hash-joined, as in gaps/segments), grouped by (segment, buyer):
//   buyerCounts: per segment, its distinct cluster buyers;
//   risks (固链): the (buyer, segment) pairs with exactly one supplier, with that supplier, the
//   value and whether the supplier is local, as [buyerCode, buyerName, segmentId, supplierCode,
//   supplierName, value, supplierLocal]; largest value first, then buyer code, then chain order
//   ($segmentOrder: segment id → order).
// A link's key is (supplier, buyer, segment, year): within one year, every link of a (segment,
// buyer) is another supplier.
MATCH (sup)-[r:SUPPLIES]->(b)-[:IN_CLUSTER]->(:Cluster {id: $clusterId})
USING INDEX r:SUPPLIES(segmentId, year)
USING JOIN ON b
WHERE r.segmentId IN $segmentIds AND r.year = $supplyYear
WITH r.segmentId AS segmentId, b, count(*) AS suppliers, sum(r.annualValue) AS value, collect(sup)[0] AS sup
WITH segmentId, count(b) AS buyerCount, collect(CASE WHEN suppliers = 1 THEN {buyer: b, supplier: sup, value: value} END) AS singles
WITH collect({segmentId: segmentId, buyerCount: buyerCount}) AS buyerCounts, collect({segmentId: segmentId, singles: singles}) AS perSegment
CALL (perSegment) {
  UNWIND perSegment AS segment
  UNWIND segment.singles AS single
  WITH segment.segmentId AS segmentId, single.buyer AS b, single.supplier AS sup, single.value AS value
  ORDER BY value DESC, b.creditCode ASC, $segmentOrder[segmentId] ASC
  // lists, not maps: no keys to send with every risk
  RETURN collect([b.creditCode, b.name, segmentId, sup.creditCode, sup.name, toFloat(value), coalesce(sup.local, false)]) AS risks
}
RETURN buyerCounts, risks
