// Staged import: records the before-image of each SUPPLIES about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (:ImportJournalEntry {importId: $importId, entity: 'SUPPLIES', key: item.key}) }
OPTIONAL MATCH (:Enterprise {creditCode: item.supplier})-[n:SUPPLIES {segmentId: item.segmentId, year: toInteger(item.year)}]->(:Enterprise {creditCode: item.buyer})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'SUPPLIES', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END})
RETURN count(*) AS rows
