// Creates an account; the username uniqueness constraint refuses a second one with the same name.
CREATE (u:User {id: $id, username: $username, name: $name, role: $role, clusterIds: $clusterIds, disabled: false,
                passwordHash: $passwordHash, createdAt: $now, createdBy: $by, updatedAt: $now, updatedBy: $by, passwordChangedAt: $now})
RETURN u.id AS id
