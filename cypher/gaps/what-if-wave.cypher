// One wave of a what-if: the cluster's firms newly cut off now that the firms in $gone
// (removed, or cut off in earlier waves) are gone. A firm is cut off when, for some segment it
// buys in $supplyYear, every supplier of that segment is gone. Only buyers of the last wave's
// firms ($frontier) can be newly cut off, so the search starts there. Suppliers may be any firm;
// only cluster members are reported (membership is a hash join with the cluster's members).
// Revenue is from $figuresYear. As in the gap report, buyers and other suppliers count only when
// present in $presentIn (founded in or before it or unknown, not dissolved in or before it).
MATCH (lost:Enterprise)-[r:SUPPLIES]->(b)-[:IN_CLUSTER]->(:Cluster {id: $clusterId})
USING JOIN ON b
WHERE lost.creditCode IN $frontier AND r.year = $supplyYear AND NOT b.creditCode IN $gone
  AND ($presentIn IS NULL OR (coalesce(b.founded <= $presentIn, true) AND coalesce(b.dissolved > $presentIn, true)))
WITH DISTINCT b, r.segmentId AS segmentId
WHERE NOT EXISTS {
  MATCH (other)-[o:SUPPLIES]->(b)
  WHERE o.segmentId = segmentId AND o.year = $supplyYear AND NOT other.creditCode IN $gone
    AND ($presentIn IS NULL OR (coalesce(other.founded <= $presentIn, true) AND coalesce(other.dissolved > $presentIn, true)))
}
WITH DISTINCT b
OPTIONAL MATCH (b)-[:HAS_YEAR]->(y:EnterpriseYear {year: $figuresYear})
RETURN b {.creditCode, .name, .county, .city, .province, local: coalesce(b.local, false), chainLeader: coalesce(b.chainLeader, false)} AS firm,
       toFloat(y.revenue) AS revenue
ORDER BY firm.creditCode
