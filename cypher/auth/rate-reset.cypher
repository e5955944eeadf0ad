// Forgets the hits of $key.
MATCH (r:RateLimit {key: $key})
DELETE r
RETURN count(*) AS deleted
