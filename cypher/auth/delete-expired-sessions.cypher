// Removes up to $limit expired sessions.
MATCH (s:Session)
WHERE s.expiresAt <= $now OR s.absoluteExpiresAt <= $now
WITH s LIMIT toInteger($limit)
DELETE s
RETURN count(*) AS deleted
