// Service-platform figures for every year of $years (one row per year, also without platforms).
// Digital platforms count from their established year (always when it is unknown); new innovation
// platforms are those established after $baselineYear and no later than the year.
OPTIONAL MATCH (p:ServicePlatform)
WITH collect(p {.kind, .established, .innovationPlatform}) AS platforms
UNWIND $years AS y
RETURN y AS year,
       size([p IN platforms WHERE p.kind = $digitalKind AND (p.established IS NULL OR p.established <= y)]) AS digitalPlatforms,
       size([p IN platforms WHERE p.innovationPlatform = true AND p.established > $baselineYear AND p.established <= y]) AS newInnovationPlatforms
ORDER BY year
