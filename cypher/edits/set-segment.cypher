// Puts an enterprise in a segment ($member true) or takes it out (false); bumps the firm's version
// and records who and when. Returns whether it was a member before. No row when either is unknown.
MATCH (e:Enterprise {creditCode: $creditCode})
MATCH (s:Segment {id: $segmentId})
WITH e, s, EXISTS { (e)-[:OPERATES_IN]->(s) } AS wasMember
CALL (e, s) {
  WITH e, s WHERE $member
  MERGE (e)-[:OPERATES_IN]->(s)
}
CALL (e, s) {
  MATCH (e)-[r:OPERATES_IN]->(s) WHERE NOT $member
  DELETE r
}
SET e.version = coalesce(e.version, 0) + 1, e.updatedBy = $user, e.updatedAt = datetime()
RETURN wasMember, e.version AS version
