// 补链/招商 targets: outside (non-local) suppliers of the cluster's firms in the segments in
// $segmentIds (the MISSING and WEAK ones), one row per (supplier, segment), with the supplier's
// inflow into the cluster in that segment in $supplyYear and its number of distinct cluster
// buyers; ranked by inflow desc, then buyers desc, then name asc (then credit code, segment).
// Membership is a hash join (see gaps/segments).
MATCH (sup)-[r:SUPPLIES]->(b)-[:IN_CLUSTER]->(:Cluster {id: $clusterId})
USING INDEX r:SUPPLIES(segmentId, year)
USING JOIN ON b
WHERE r.segmentId IN $segmentIds AND r.year = $supplyYear AND coalesce(sup.local, false) = false
WITH r.segmentId AS segmentId, sup, sum(r.annualValue) AS inflow, count(DISTINCT b) AS buyers
RETURN sup.creditCode AS creditCode, sup.name AS name, sup.city AS city, sup.province AS province,
       segmentId, toFloat(inflow) AS inflow, buyers
ORDER BY inflow DESC, buyers DESC, name ASC, creditCode ASC, segmentId ASC
