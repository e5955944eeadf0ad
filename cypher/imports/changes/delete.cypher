// Removes up to $limit per-row changes of an import that did not happen (a staged import rolled back).
MATCH (x:ImportChange {importId: $importId})
WITH x LIMIT toInteger($limit)
DELETE x
RETURN count(*) AS rows
