// An enterprise's collaborations with research institutes (产学研), newest year first.
MATCH (i:ResearchInstitute)-[r:COLLABORATES_WITH]->(:Enterprise {creditCode: $creditCode})
RETURN i.id AS instituteId, i.name AS instituteName, i.kind AS instituteKind, r.kind AS kind,
       coalesce(r.year, 0) AS year, r.title AS title
ORDER BY year DESC, instituteName, kind
