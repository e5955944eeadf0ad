// Staged import: records the before-image of each ServicePlatform about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'ServicePlatform', key: item.key}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (n:ServicePlatform {id: item.key})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'ServicePlatform', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n), labels: labels(n), clusters: COLLECT { MATCH (n)-[:SERVES]->(c:Cluster) RETURN c.id }, hosts: COLLECT { MATCH (n)-[:HOSTED_BY]->(h:Enterprise) RETURN h.creditCode }}) END})
RETURN count(*) AS rows
