// Whether an administrator account exists (enabled or not): the first start creates one otherwise.
RETURN EXISTS { MATCH (:User {role: 'admin'}) } AS hasAdmin
