// The facts behind each 补链 target's reason (招商理由), for the targets $targets, given as
// [creditCode, segmentId] ($codes: their credit codes): one row each. From the firm: founding
// year, 链主, province code and name; from its EnterpriseYear of $figuresYear (key lookup):
// revenue and 专精特新 level; from its supply links of $supplyYear in that segment: the cluster's
// firms it supplies, the first $buyersNamed as [name, value] (value desc, then credit code).
// The links are read from the cluster's members (one pass over the cluster's own inbound links,
// as gaps/supply): walking each target's outgoing links would read every link of large
// suppliers into every cluster. Buyers count only when present in $presentIn, as in gaps/supply.
MATCH (:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(b)<-[r:SUPPLIES]-(sup)
WHERE r.year = $supplyYear AND sup.creditCode IN $codes AND [sup.creditCode, r.segmentId] IN $targets
  AND ($presentIn IS NULL OR (coalesce(b.founded <= $presentIn, true) AND coalesce(b.dissolved > $presentIn, true)))
WITH sup, r.segmentId AS segmentId, b, sum(r.annualValue) AS value
ORDER BY round(value, 6) DESC, b.creditCode ASC
WITH sup, segmentId, collect([b.name, toFloat(value)])[0..$buyersNamed] AS topBuyers
OPTIONAL MATCH (fy:EnterpriseYear {creditCode: sup.creditCode, year: $figuresYear})
RETURN sup.creditCode AS creditCode, segmentId, sup.founded AS founded, coalesce(sup.chainLeader, false) AS chainLeader,
       sup.provinceCode AS provinceCode, sup.province AS province, toFloat(fy.revenue) AS revenue, fy.srdiLevel AS srdiLevel, topBuyers
