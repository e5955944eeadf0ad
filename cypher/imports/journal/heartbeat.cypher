// Staged import: marks the journal alive and records the step just written (runs in each batch's transaction).
MATCH (j:ImportJournal {id: $importId})
SET j.heartbeatAt = datetime(), j.step = $step
RETURN j.id AS id
