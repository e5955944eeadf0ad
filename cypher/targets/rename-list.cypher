// Renames target list $id; no row when there is none.
MATCH (l:TargetList {id: $id})
SET l.name = $name, l.updatedBy = $by, l.updatedAt = $now
RETURN l.id AS id
