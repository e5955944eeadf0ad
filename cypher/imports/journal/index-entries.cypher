CREATE INDEX import_journal_entry_key IF NOT EXISTS FOR (e:ImportJournalEntry) ON (e.importId, e.entity, e.key)
