// Whether target list $id exists.
OPTIONAL MATCH (l:TargetList {id: $id})
RETURN l IS NOT NULL AS exists
