// Staged import: records the before-image of each Segment about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'Segment', key: item.key}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (n:Segment {id: item.key})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'Segment', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n), feeds: COLLECT { MATCH (n)-[:FEEDS]->(t:Segment) RETURN t.id }, chains: COLLECT { MATCH (c:Chain)-[:HAS_SEGMENT]->(n) RETURN c.id }}) END})
RETURN count(*) AS rows
