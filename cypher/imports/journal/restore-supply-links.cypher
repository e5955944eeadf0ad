// Staged import roll-back: restores up to $limit journalled SUPPLIES entities to their before-image
// (deleting those the import created) and removes their journal entries.
MATCH (j:ImportJournalEntry {importId: $importId, entity: 'SUPPLIES'})
WITH j LIMIT toInteger($limit)
WITH j, apoc.convert.fromJsonMap(j.keyFields) AS k
OPTIONAL MATCH (:Enterprise {creditCode: k.supplier})-[n:SUPPLIES {segmentId: k.segmentId, year: toInteger(k.year)}]->(:Enterprise {creditCode: k.buyer})
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND NOT j.existed
  DELETE n
}
CALL (j, n) {
  WITH j, n WHERE n IS NOT NULL AND j.existed
  WITH n, apoc.convert.fromJsonMap(j.before) AS b
  SET n = b.props
}
DELETE j
RETURN count(*) AS rows
