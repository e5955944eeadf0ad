// Audit entries, newest first (ties by id), optionally of one user and/or one entity type, after the
// cursor position ($afterAt, $afterId) when given; $limit rows.
MATCH (a:AuditEntry)
WHERE ($userId IS NULL OR a.userId = $userId)
  AND ($entity IS NULL OR a.entity = $entity)
  AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
RETURN a.id AS id, a.at AS at, a.userId AS userId, a.action AS action, a.entity AS entity, a.key AS key, a.before AS before, a.after AS after
ORDER BY a.at DESC, a.id DESC
LIMIT toInteger($limit)
