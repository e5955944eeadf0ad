// One audit entry, written in the same transaction as the change it records. $subjects: the credit
// codes of the enterprises it concerns (a firm's page lists its recent changes by them).
CREATE (a:AuditEntry {id: $id, at: $at, userId: $userId, action: $action, entity: $entity, key: $key, before: $before, after: $after, subjects: $subjects})
RETURN a.id AS id
