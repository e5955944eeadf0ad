// After an undo: deletes the counties named in $names that are no longer linked to anything, outside the city's own
// counties (an import creates a County node for a county it names; the undo removes it with the rows that named it).
UNWIND $names AS name
MATCH (c:County {name: name})
WHERE NOT name IN $homeCounties AND NOT EXISTS { (c)--() }
DELETE c
RETURN count(*) AS rows
