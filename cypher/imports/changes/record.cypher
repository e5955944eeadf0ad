// Per-row audit of an import: one ImportChange per row the import created or changed (its file, row, key and its
// before / after images as JSON), written in the transaction that writes the row. A row written twice by one import
// (a segment's FEEDS are written after every segment) keeps its first before-image and gets the latest after-image.
UNWIND $changes AS c
MERGE (x:ImportChange {importId: $importId, kind: c.kind, key: c.key})
  ON CREATE SET x.file = c.file, x.row = c.row, x.keyFields = c.keyFields, x.before = c.before
SET x.after = c.after, x.op = CASE WHEN x.before IS NULL THEN 'created' ELSE 'updated' END
RETURN count(*) AS rows
