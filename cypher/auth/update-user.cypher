// Changes account $id: $set holds name, role, clusterIds and/or disabled. No row when there is none.
MATCH (u:User {id: $id})
SET u += $set, u.updatedAt = $now, u.updatedBy = $by
RETURN u.id AS id
