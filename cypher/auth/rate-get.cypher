// The hits of $key in its current window (none when the window has ended).
MATCH (r:RateLimit {key: $key})
WHERE r.resetAt > $now
RETURN r.count AS count, r.resetAt AS resetAt
