// How many enabled administrators there are (the last one cannot be demoted or disabled).
MATCH (u:User {role: 'admin'})
WHERE NOT coalesce(u.disabled, false)
RETURN count(u) AS n
