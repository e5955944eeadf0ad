// Accounts (all, or those with an id in $ids), by user name; never the password hash.
MATCH (u:User)
WHERE $ids IS NULL OR u.id IN $ids
RETURN u.id AS id, u.username AS username, u.name AS name, u.role AS role, coalesce(u.clusterIds, []) AS clusterIds,
       coalesce(u.disabled, false) AS disabled, u.createdAt AS createdAt, u.createdBy AS createdBy,
       u.updatedAt AS updatedAt, u.updatedBy AS updatedBy, u.lastSignInAt AS lastSignInAt, u.passwordChangedAt AS passwordChangedAt
ORDER BY u.username
