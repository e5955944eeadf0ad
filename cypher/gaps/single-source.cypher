// 固链 risks: (cluster buyer, segment) pairs, for the segments in $segmentIds, where the buyer
// has exactly one supplier for that segment in $supplyYear, with that supplier, the value and
// whether the supplier is local. Largest value first, then buyer code, then chain order
// ($segmentOrder: segment id → order). Membership is a hash join (see gaps/segments).
MATCH (sup)-[r:SUPPLIES]->(b)-[:IN_CLUSTER]->(:Cluster {id: $clusterId})
USING INDEX r:SUPPLIES(segmentId, year)
USING JOIN ON b
WHERE r.segmentId IN $segmentIds AND r.year = $supplyYear
WITH r.segmentId AS segmentId, b, count(DISTINCT sup) AS supplierCount, collect({supplier: sup, value: r.annualValue}) AS links
WHERE supplierCount = 1
WITH segmentId, b, links[0].supplier AS sup, reduce(total = 0.0, link IN links | total + link.value) AS value
RETURN b.creditCode AS buyerCode, b.name AS buyerName, segmentId,
       sup.creditCode AS supplierCode, sup.name AS supplierName, value, coalesce(sup.local, false) AS supplierLocal
ORDER BY value DESC, buyerCode ASC, $segmentOrder[segmentId] ASC
