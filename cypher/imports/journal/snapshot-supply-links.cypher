// Staged import: records the before-image of each SUPPLIES about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'SUPPLIES', key: item.key}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (s:Enterprise {creditCode: item.supplier})
OPTIONAL MATCH (b:Enterprise {creditCode: item.buyer})
// expand between the firms: no relationship-index seek (see write/supply-links)
OPTIONAL MATCH (s)-[n:SUPPLIES]->(b) WHERE n.year + 0 = toInteger(item.year) AND n.segmentId + '' = item.segmentId
WITH item, n
CREATE (:ImportJournalEntry {importId: $importId, entity: 'SUPPLIES', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END})
RETURN count(*) AS rows
