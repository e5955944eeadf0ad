// Clusters by id (batched for DataLoader), same shape as clusters/list.
UNWIND $ids AS wanted
MATCH (c:Cluster {id: wanted})
OPTIONAL MATCH (c)-[:FOLLOWS]->(chain:Chain)
OPTIONAL MATCH (c)-[:HAS_YEAR]->(y:ClusterYear)
WITH c, chain, y ORDER BY y.year DESC
WITH c, chain, collect(y)[0] AS latest
OPTIONAL MATCH (member:Enterprise)-[:IN_CLUSTER]->(c)
WITH c, chain, latest, count(member) AS memberCount
RETURN c.id AS id, c.name AS name, c.county AS county, c.level AS level, c.leadIndustry AS leadIndustry,
       chain.id AS chainId, chain.name AS chainName,
       latest.year AS year, latest.output AS output, latest.growth AS growth, latest.taxShare AS taxShare,
       memberCount
