// Staged import: records the before-image of each Synonym about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'Synonym', key: item.key}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (n:Synonym {segmentId: item.segmentId, term: item.term})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'Synonym', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END})
RETURN count(*) AS rows
