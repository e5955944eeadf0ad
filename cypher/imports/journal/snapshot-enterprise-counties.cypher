// Staged import: before-images of the counties an enterprise batch may link (the row's county or the stored one).
UNWIND $items AS item
OPTIONAL MATCH (e:Enterprise {creditCode: item.creditCode})
WITH DISTINCT coalesce(item.county, e.county) AS name
WITH name WHERE name IS NOT NULL
  AND NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'County', key: name}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (n:County {name: name})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'County', key: name, keyFields: apoc.convert.toJson({key: name}), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n)}) END})
RETURN count(*) AS rows
