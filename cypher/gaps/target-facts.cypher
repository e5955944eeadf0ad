// The facts behind each 补链 target's reason (招商理由), for the targets $targets, given as
// [creditCode, segmentId]: one row each (none for an unknown firm). From the firm: founding year,
// 链主, province code and name; from its EnterpriseYear of $figuresYear (key lookup): revenue and
// 专精特新 level; from its supply links of $supplyYear in that segment: the cluster's firms it
// supplies, the first $buyersNamed as [name, value] (value desc, then credit code). Buyers count
// only when present in $presentIn, as in gaps/supply.
UNWIND $targets AS target
MATCH (sup:Enterprise {creditCode: target[0]})
OPTIONAL MATCH (fy:EnterpriseYear {creditCode: sup.creditCode, year: $figuresYear})
CALL (sup, target) {
  MATCH (sup)-[r:SUPPLIES]->(b)-[:IN_CLUSTER]->(:Cluster {id: $clusterId})
  WHERE r.year = $supplyYear AND r.segmentId = target[1]
    AND ($presentIn IS NULL OR (coalesce(b.founded <= $presentIn, true) AND coalesce(b.dissolved > $presentIn, true)))
  WITH b, sum(r.annualValue) AS value
  ORDER BY round(value, 6) DESC, b.creditCode ASC
  RETURN collect([b.name, toFloat(value)])[0..$buyersNamed] AS topBuyers
}
RETURN target[0] AS creditCode, target[1] AS segmentId, sup.founded AS founded, coalesce(sup.chainLeader, false) AS chainLeader,
       sup.provinceCode AS provinceCode, sup.province AS province, toFloat(fy.revenue) AS revenue, fy.srdiLevel AS srdiLevel, topBuyers
