// Accounts and sessions: (:User {id, username, name, role, passwordHash, clusterIds, disabled, createdAt, ...})
// and (:Session {tokenHash, userId, createdAt, expiresAt, absoluteExpiresAt, lastSeenAt}), keyed by the
// SHA-256 of the cookie's random token (the token itself is never stored).
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE INDEX session_user IF NOT EXISTS FOR (s:Session) ON (s.userId);
CREATE INDEX session_expires IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
// Sign-in attempt counters shared by every server instance.
CREATE CONSTRAINT rate_limit_key IF NOT EXISTS FOR (r:RateLimit) REQUIRE r.key IS UNIQUE;
// The audit log: (:AuditEntry {id, at, userId, action, entity, key, before, after}), before/after as JSON.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_entry_user_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.userId, a.at);
CREATE INDEX audit_entry_entity_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.entity, a.at);
