// The default data set is loaded only into a database without clusters.
OPTIONAL MATCH (c:Cluster)
WITH c LIMIT 1
RETURN c IS NULL AS empty
