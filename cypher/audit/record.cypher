// One audit entry, written in the same transaction as the change it records.
CREATE (a:AuditEntry {id: $id, at: $at, userId: $userId, action: $action, entity: $entity, key: $key, before: $before, after: $after})
RETURN a.id AS id
