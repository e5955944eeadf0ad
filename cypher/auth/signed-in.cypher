// Records a successful sign-in.
MATCH (u:User {id: $id})
SET u.lastSignInAt = $now
RETURN u.id AS id
