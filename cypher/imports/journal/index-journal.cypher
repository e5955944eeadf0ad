CREATE INDEX import_journal_id IF NOT EXISTS FOR (j:ImportJournal) ON (j.id)
