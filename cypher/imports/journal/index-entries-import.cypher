CREATE INDEX import_journal_entry_import IF NOT EXISTS FOR (e:ImportJournalEntry) ON (e.importId)
