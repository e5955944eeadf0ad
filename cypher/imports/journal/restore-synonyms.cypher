// Staged import roll-back: restores up to $limit journalled Synonym entities to their before-image
// (deleting those the import created) and removes their journal entries.
MATCH (j:ImportJournalEntry {importId: $importId, entity: 'Synonym'}) USING INDEX j:ImportJournalEntry(importId, entity)
WITH j LIMIT toInteger($limit)
WITH j, apoc.convert.fromJsonMap(j.keyFields) AS k
OPTIONAL MATCH (n:Synonym {segmentId: k.segmentId, term: k.term})
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND NOT j.existed
  DETACH DELETE n
}
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND j.existed
  WITH n, apoc.convert.fromJsonMap(j.before) AS b
  SET n = b.props
}
DELETE j
RETURN count(*) AS rows
