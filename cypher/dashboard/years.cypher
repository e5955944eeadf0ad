// Years with figures (EnterpriseYear or ClusterYear), ascending: the dashboard's Y is the last one.
CALL () {
  MATCH (f:EnterpriseYear) RETURN DISTINCT f.year AS year
  UNION
  MATCH (f:ClusterYear) RETURN DISTINCT f.year AS year
}
WITH year WHERE year IS NOT NULL
RETURN year
ORDER BY year
