// Staged import: opens the journal of one import (status RUNNING; heartbeat updated with every batch).
CREATE (j:ImportJournal {id: $importId, status: 'RUNNING', startedAt: datetime(), heartbeatAt: datetime(), host: $host, pid: $pid, files: $files})
RETURN j.id AS id
