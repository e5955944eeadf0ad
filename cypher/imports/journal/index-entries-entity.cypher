CREATE INDEX import_journal_entry_entity IF NOT EXISTS FOR (e:ImportJournalEntry) ON (e.importId, e.entity)
