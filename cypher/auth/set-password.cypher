// Replaces the password hash of account $id. No row when there is none.
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.passwordChangedAt = $now, u.updatedAt = $now, u.updatedBy = $by
RETURN u.id AS id
