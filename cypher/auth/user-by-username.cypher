// The account with this user name (lower case), with its password hash (sign-in only).
MATCH (u:User {username: $username})
RETURN u.id AS id, u.username AS username, u.name AS name, u.role AS role, coalesce(u.clusterIds, []) AS clusterIds,
       coalesce(u.disabled, false) AS disabled, u.passwordHash AS passwordHash
