// The latest audit entries concerning an enterprise (its own edits, its yearly figures, its
// supply links and collaborations: entries whose subjects name it), newest first, with the
// display name of who made each.
MATCH (a:AuditEntry) WHERE $creditCode IN a.subjects
WITH a ORDER BY a.at DESC, a.id DESC LIMIT toInteger($limit)
OPTIONAL MATCH (u:User {id: a.userId})
RETURN a.id AS id, a.at AS at, a.userId AS userId, u.name AS userName, a.action AS action, a.entity AS entity,
       a.key AS key, a.before AS before, a.after AS after
ORDER BY a.at DESC, a.id DESC
