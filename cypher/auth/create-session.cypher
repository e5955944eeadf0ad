// Opens a session for account $userId (token hashed); no row when the account is gone or disabled.
MATCH (u:User {id: $userId})
WHERE NOT coalesce(u.disabled, false)
CREATE (s:Session {tokenHash: $tokenHash, userId: $userId, createdAt: $now, lastSeenAt: $now,
                   expiresAt: $expiresAt, absoluteExpiresAt: $absoluteExpiresAt})
RETURN s.tokenHash AS tokenHash
