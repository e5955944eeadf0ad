// Takes one hit back from $key.
MATCH (r:RateLimit {key: $key})
SET r.count = CASE WHEN r.count > 0 THEN r.count - 1 ELSE 0 END
RETURN r.count AS count
