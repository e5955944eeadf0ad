// Clusters, optionally filtered by county and level, with their latest yearly figures.
MATCH (c:Cluster)
WHERE ($county IS NULL OR c.county = $county)
  AND ($level IS NULL OR c.level = $level)
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
ORDER BY c.county, coalesce(output, -1) DESC, c.id
