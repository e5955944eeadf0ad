// Staged import: RUNNING -> DONE (then cleaned up) or ROLLING_BACK (then compensated).
MATCH (j:ImportJournal {id: $importId})
SET j.status = $status, j.heartbeatAt = datetime()
RETURN j.id AS id
