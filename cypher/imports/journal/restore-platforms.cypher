// Staged import roll-back: restores up to $limit journalled ServicePlatform entities to their before-image
// (deleting those the import created) and removes their journal entries.
MATCH (j:ImportJournalEntry {importId: $importId, entity: 'ServicePlatform'}) USING INDEX j:ImportJournalEntry(importId, entity)
WITH j LIMIT toInteger($limit)
WITH j, apoc.convert.fromJsonMap(j.keyFields) AS k
OPTIONAL MATCH (n:ServicePlatform {id: k.key})
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
  CALL (n, b) { WITH n, b WHERE 'InnovationPlatform' IN b.labels SET n:InnovationPlatform }
  CALL (n, b) { WITH n, b WHERE NOT 'InnovationPlatform' IN b.labels REMOVE n:InnovationPlatform }
  CALL (n) { MATCH (n)-[r:SERVES|HOSTED_BY]->() DELETE r }
  CALL (n, b) { UNWIND b.clusters AS id MATCH (c:Cluster {id: id}) MERGE (n)-[:SERVES]->(c) }
  CALL (n, b) { UNWIND b.hosts AS code MATCH (h:Enterprise {creditCode: code}) MERGE (n)-[:HOSTED_BY]->(h) }
}
DELETE j
RETURN count(*) AS rows
