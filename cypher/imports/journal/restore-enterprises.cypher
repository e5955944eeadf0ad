// Staged import roll-back: restores up to $limit journalled Enterprise entities to their before-image
// (deleting those the import created) and removes their journal entries.
MATCH (j:ImportJournalEntry {importId: $importId, entity: 'Enterprise'}) USING INDEX j:ImportJournalEntry(importId, entity)
WITH j LIMIT toInteger($limit)
WITH j, apoc.convert.fromJsonMap(j.keyFields) AS k
OPTIONAL MATCH (n:Enterprise {creditCode: k.key})
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND NOT j.existed
  DETACH DELETE n
}
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND j.existed
  WITH n, apoc.convert.fromJsonMap(j.before) AS b
  SET n = b.props
  // JSON has no temporal type: the last edit's time goes back as a datetime
  SET n.updatedAt = CASE WHEN b.props.updatedAt IS NULL THEN null ELSE datetime(b.props.updatedAt) END
  WITH n, b
  CALL (n) { MATCH (n)-[r:IN_CLUSTER|OPERATES_IN|LOCATED_IN]->() DELETE r }
  CALL (n, b) { UNWIND b.clusters AS id MATCH (c:Cluster {id: id}) MERGE (n)-[:IN_CLUSTER]->(c) }
  CALL (n, b) { UNWIND b.segments AS id MATCH (s:Segment {id: id}) MERGE (n)-[:OPERATES_IN]->(s) }
  CALL (n, b) { UNWIND b.counties AS name MATCH (c:County {name: name}) MERGE (n)-[:LOCATED_IN]->(c) }
}
DELETE j
RETURN count(*) AS rows
