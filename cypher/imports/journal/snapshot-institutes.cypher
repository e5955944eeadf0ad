// Staged import: records the before-image of each ResearchInstitute about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'ResearchInstitute', key: item.key}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (n:ResearchInstitute {id: item.key})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'ResearchInstitute', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END})
RETURN count(*) AS rows
