// The clusters of each enterprise (batched for DataLoader): ids only, the clusters come from clusterById.
UNWIND $codes AS code
MATCH (:Enterprise {creditCode: code})-[:IN_CLUSTER]->(c:Cluster)
WITH code, c ORDER BY c.id
RETURN code, collect(c.id) AS clusterIds
