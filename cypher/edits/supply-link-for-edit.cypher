// The supply link with this key as an edit sees it, with both firms locked for the rest of the
// write transaction (as the importer locks them): exists (false: version 0), its values, version
// and who last changed it (display name). No row when a firm is unknown.
MATCH (s:Enterprise {creditCode: $supplierCode})
MATCH (b:Enterprise {creditCode: $buyerCode})
CALL apoc.lock.nodes([s, b])
OPTIONAL MATCH (s)-[r:SUPPLIES {segmentId: $segmentId, year: toInteger($year)}]->(b)
OPTIONAL MATCH (u:User {id: r.updatedBy})
RETURN r IS NOT NULL AS exists, r.annualValue AS annualValue, r.product AS product,
       coalesce(r.version, 0) AS version, coalesce(u.name, r.updatedBy) AS updatedByName, toString(r.updatedAt) AS updatedAt
