// Research institutes by name (the choices of a collaboration).
MATCH (i:ResearchInstitute)
RETURN i.id AS id, i.name AS name, i.kind AS kind, i.city AS city
ORDER BY i.name, i.id
