// Staged import: records the before-image of each Cluster about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'Cluster', key: item.key}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (n:Cluster {id: item.key})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'Cluster', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n), counties: COLLECT { MATCH (n)-[:IN_COUNTY]->(c:County) RETURN c.name }, chains: COLLECT { MATCH (n)-[:FOLLOWS]->(c:Chain) RETURN c.id }}) END})
RETURN count(*) AS rows
