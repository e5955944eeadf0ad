// The live session with this token hash and its enabled account; no row when expired, unknown or disabled.
MATCH (s:Session {tokenHash: $tokenHash})
WHERE s.expiresAt > $now AND s.absoluteExpiresAt > $now
MATCH (u:User {id: s.userId})
WHERE NOT coalesce(u.disabled, false)
RETURN u.id AS id, u.username AS username, u.name AS name, u.role AS role, coalesce(u.clusterIds, []) AS clusterIds,
       s.lastSeenAt AS lastSeenAt, s.expiresAt AS expiresAt, s.absoluteExpiresAt AS absoluteExpiresAt
