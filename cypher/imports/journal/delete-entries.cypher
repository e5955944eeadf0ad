// Staged import: removes up to $limit journal entries of a finished import.
MATCH (e:ImportJournalEntry {importId: $importId})
WITH e LIMIT toInteger($limit)
DELETE e
RETURN count(*) AS rows
