// The chain's 链主 firms for the cluster: chainLeader firms operating in one of the chain's segments
// ($segmentIds) that are local (in the city) or members of cluster $clusterId, each with the chain's
// segments it operates in (in chain order) and its revenue of $figuresYear: largest revenue first
// (firms without figures last), then credit code. 链主 is a designation of few firms, so all are returned.
// Only firms present in $presentIn (founded in or before it or unknown, not dissolved in or before it).
MATCH (s:Segment)<-[:OPERATES_IN]-(f:Enterprise)
WHERE s.id IN $segmentIds AND f.chainLeader = true
  AND ($presentIn IS NULL OR (coalesce(f.founded <= $presentIn, true) AND coalesce(f.dissolved > $presentIn, true)))
WITH f, s ORDER BY s.order
WITH f, collect(s.id) AS segmentIds
WITH f, segmentIds, EXISTS { (f)-[:IN_CLUSTER]->(:Cluster {id: $clusterId}) } AS clusterMember
WHERE coalesce(f.local, false) OR clusterMember
OPTIONAL MATCH (fy:EnterpriseYear {creditCode: f.creditCode, year: $figuresYear})
RETURN f {.creditCode, .name, .county, .city, .province, local: coalesce(f.local, false), chainLeader: true} AS enterprise,
       segmentIds, clusterMember, toFloat(fy.revenue) AS revenue
ORDER BY coalesce(fy.revenue, -1) DESC, enterprise.creditCode
