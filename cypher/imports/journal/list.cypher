// Staged imports whose journal is still open (running, interrupted, rolling back or finishing).
MATCH (j:ImportJournal)
RETURN j.id AS id, j.status AS status, j.host AS host, j.pid AS pid,
       j.heartbeatAt.epochMillis AS heartbeatAt, j.startedAt.epochMillis AS startedAt
ORDER BY startedAt
