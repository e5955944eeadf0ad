// Ends one session (sign-out).
MATCH (s:Session {tokenHash: $tokenHash})
DELETE s
RETURN count(*) AS deleted
