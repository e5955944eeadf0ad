// The cluster's firms operating in segment $segmentId, with their figures of $figuresYear:
// largest revenue first (firms without figures last), then credit code. One row: totalCount and
// the page of firms from $offset ($first of them). Figures by the EnterpriseYear key (one seek a firm).
// Membership is a hash join of the cluster's members with the segment's firms: walking each
// firm's relationships to its clusters read every link of the firm (PROFILE: 15k db hits for 639).
// Only firms present in $presentIn (founded in or before it or unknown, not dissolved in or before it).
MATCH (:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(f:Enterprise)-[:OPERATES_IN]->(:Segment {id: $segmentId})
USING JOIN ON f
WITH DISTINCT f
WHERE $presentIn IS NULL OR (coalesce(f.founded <= $presentIn, true) AND coalesce(f.dissolved > $presentIn, true))
OPTIONAL MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: $figuresYear})
WITH f, fy
ORDER BY coalesce(fy.revenue, -1) DESC, f.creditCode
// properties read for the page only
WITH collect([f, fy]) AS rows
RETURN size(rows) AS totalCount,
       [row IN rows[$offset..$offset + $first] | {creditCode: row[0].creditCode, name: row[0].name, local: coalesce(row[0].local, false),
         county: row[0].county, city: row[0].city, province: row[0].province, chainLeader: coalesce(row[0].chainLeader, false),
         revenue: toFloat(row[1].revenue), srdiLevel: row[1].srdiLevel}] AS firms
