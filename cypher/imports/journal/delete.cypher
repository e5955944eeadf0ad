// Staged import: removes the journal of an import once its entries are gone.
MATCH (j:ImportJournal {id: $importId})
DELETE j
RETURN count(*) AS rows
