// Staged import roll-back: restores up to $limit journalled COLLABORATES_WITH entities to their before-image
// (deleting those the import created) and removes their journal entries.
MATCH (j:ImportJournalEntry {importId: $importId, entity: 'COLLABORATES_WITH'}) USING INDEX j:ImportJournalEntry(importId, entity)
WITH j LIMIT toInteger($limit)
WITH j, apoc.convert.fromJsonMap(j.keyFields) AS k
OPTIONAL MATCH (:ResearchInstitute {id: k.instituteId})-[n:COLLABORATES_WITH {kind: k.kind, year: toInteger(k.year)}]->(:Enterprise {creditCode: k.creditCode})
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND NOT j.existed
  DELETE n
}
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND j.existed
  WITH n, apoc.convert.fromJsonMap(j.before) AS b
  SET n = b.props
  // JSON has no temporal type: the last edit's time goes back as a datetime
  SET n.updatedAt = CASE WHEN b.props.updatedAt IS NULL THEN null ELSE datetime(b.props.updatedAt) END
}
DELETE j
RETURN count(*) AS rows
