// Ends every session of account $userId except the one with hash $keep (when given).
MATCH (s:Session {userId: $userId})
WHERE $keep IS NULL OR s.tokenHash <> $keep
DELETE s
RETURN count(*) AS deleted
