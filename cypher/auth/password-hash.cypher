// The password hash of account $id (password change).
MATCH (u:User {id: $id})
RETURN u.passwordHash AS passwordHash
