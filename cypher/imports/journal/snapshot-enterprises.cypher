// Staged import: records the before-image of each Enterprise about to be written; the first image per import wins.
UNWIND $items AS item
WITH item WHERE NOT EXISTS { MATCH (done:ImportJournalEntry {importId: $importId, entity: 'Enterprise', key: item.key}) USING INDEX done:ImportJournalEntry(importId, entity, key) }
OPTIONAL MATCH (n:Enterprise {creditCode: item.key})
CREATE (:ImportJournalEntry {importId: $importId, entity: 'Enterprise', key: item.key, keyFields: apoc.convert.toJson(item), existed: n IS NOT NULL,
        before: CASE WHEN n IS NULL THEN null ELSE apoc.convert.toJson({props: properties(n), clusters: COLLECT { MATCH (n)-[:IN_CLUSTER]->(c:Cluster) RETURN c.id }, segments: COLLECT { MATCH (n)-[:OPERATES_IN]->(s:Segment) RETURN s.id }, counties: COLLECT { MATCH (n)-[:LOCATED_IN]->(c:County) RETURN c.name }}) END})
RETURN count(*) AS rows
