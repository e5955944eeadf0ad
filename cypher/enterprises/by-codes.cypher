// Enterprises by credit code (batched for DataLoader): the node's own properties.
UNWIND $codes AS code
MATCH (e:Enterprise {creditCode: code})
RETURN e.creditCode AS creditCode, e.name AS name, coalesce(e.local, false) AS local,
       e.county AS county, e.city AS city, e.province AS province, e.founded AS founded, e.dissolved AS dissolved,
       coalesce(e.chainLeader, false) AS chainLeader, e.products AS products,
       e.updatedBy AS updatedBy, toString(e.updatedAt) AS updatedAt, coalesce(e.version, 0) AS version,
       COLLECT { MATCH (u:User {id: e.updatedBy}) RETURN u.name }[0] AS updatedByName
