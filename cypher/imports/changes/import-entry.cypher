// The audit entry of an import (its id is the import's id) and, when it was undone, the undo's entry.
MATCH (a:AuditEntry {id: $importId, action: 'import'})
OPTIONAL MATCH (u:AuditEntry {action: 'import.undo', key: $importId})
RETURN a.id AS id, a.at AS at, a.userId AS userId, a.after AS after, u.id AS undoneBy, u.at AS undoneAt
LIMIT 1
