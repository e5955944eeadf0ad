// Sliding renewal: the session lives $idleMs more (never past its absolute end).
MATCH (s:Session {tokenHash: $tokenHash})
WHERE s.expiresAt > $now
SET s.lastSeenAt = $now,
    s.expiresAt = CASE WHEN $now + $idleMs < s.absoluteExpiresAt THEN $now + $idleMs ELSE s.absoluteExpiresAt END
RETURN s.expiresAt AS expiresAt
