// How many rows an import created or changed.
MATCH (x:ImportChange {importId: $importId})
RETURN count(x) AS total
