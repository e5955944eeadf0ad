// Cluster figures for every year of $years in one pass over the clusters.
// A cluster counts in year y from the first year it has figures (ClusterYear) on, and in every
// year when it has none; its level is its current level (the model keeps no level history).
// Only the clusters of $homeCity (a cluster without a city code is the home city's).
MATCH (c:Cluster) WHERE coalesce(c.cityCode, $homeCity) = $homeCity
OPTIONAL MATCH (c)-[:HAS_YEAR]->(cy:ClusterYear)
WITH c, collect(cy) AS figures
WITH c, figures, reduce(earliest = null, f IN figures | CASE WHEN earliest IS NULL OR f.year < earliest THEN f.year ELSE earliest END) AS firstYear
UNWIND $years AS y
WITH y, c, [f IN figures WHERE f.year = y][0] AS cur, (firstYear IS NULL OR firstYear <= y) AS counted
RETURN y AS year,
       count(CASE WHEN counted THEN 1 END) AS clusters,
       count(CASE WHEN counted AND c.level IN $provincialLevels THEN 1 END) AS provincialClusters,
       count(CASE WHEN counted AND c.level = $nationalLevel THEN 1 END) AS nationalClusters,
       sum(coalesce(cur.output, 0)) AS output,
       count(cur.output) AS outputReported,
       count(CASE WHEN cur.output >= $over100 THEN 1 END) AS over100,
       count(CASE WHEN cur.output >= $over50 THEN 1 END) AS over50
ORDER BY year
