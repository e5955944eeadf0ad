// Years with figures (EnterpriseYear or ClusterYear), ascending: the dashboard's Y is the last one.
// EnterpriseYear is the big label (53k nodes at S, ~800k at M): instead of scanning it for its
// distinct years, the first and last year come from the ends of the enterprise_year_year index
// and each year in between is one index seek (years are whole numbers, a key of the data).
CALL () {
  MATCH (f:EnterpriseYear) WHERE f.year IS NOT NULL
  WITH f.year AS year ORDER BY year ASC LIMIT 1
  RETURN collect(year) AS first
}
CALL () {
  MATCH (f:EnterpriseYear) WHERE f.year IS NOT NULL
  WITH f.year AS year ORDER BY year DESC LIMIT 1
  RETURN collect(year) AS last
}
CALL (first, last) {
  UNWIND CASE WHEN size(first) = 0 THEN [] ELSE range(first[0], last[0]) END AS y
  WITH y WHERE EXISTS { MATCH (f:EnterpriseYear {year: y}) }
  RETURN y AS year
  UNION
  MATCH (f:ClusterYear) WHERE f.year IS NOT NULL
  RETURN DISTINCT f.year AS year
}
RETURN year
ORDER BY year
