// The per-row audit of imports: (:ImportChange {importId, kind, key, file, row, op, keyFields, before, after}), one per
// row an import created or changed; importId is the id of the import's (:AuditEntry). Read per import, merged by key.
CREATE INDEX import_change_import IF NOT EXISTS FOR (x:ImportChange) ON (x.importId);
CREATE INDEX import_change_key IF NOT EXISTS FOR (x:ImportChange) ON (x.importId, x.kind, x.key);
// Whether an import was undone: the undo's entry has action 'import.undo' and the import's id as key.
CREATE INDEX audit_entry_action_key IF NOT EXISTS FOR (a:AuditEntry) ON (a.action, a.key);
