// Counts one hit for $key in a fixed window of $windowMs; returns the hits so far and when the window ends.
MERGE (r:RateLimit {key: $key})
ON CREATE SET r.count = 0, r.resetAt = $now + $windowMs
WITH r, r.resetAt <= $now AS expired
SET r.count = CASE WHEN expired THEN 1 ELSE r.count + 1 END,
    r.resetAt = CASE WHEN expired THEN $now + $windowMs ELSE r.resetAt END
RETURN r.count AS count, r.resetAt AS resetAt
