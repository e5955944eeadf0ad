// The years the figures are kept for: every year of the firms' figures (EnterpriseYear) and every
// year of a supply link (a report's figures year is one of these unless the caller names another).
// Index seeks only (enterprise_year_year, supplies_year), one per year in $minYear..$maxYear.
UNWIND range($minYear, $maxYear) AS year
WITH year
WHERE EXISTS { MATCH (f:EnterpriseYear {year: year}) } OR EXISTS { MATCH ()-[r:SUPPLIES]->() WHERE r.year = year }
RETURN collect(year) AS years
