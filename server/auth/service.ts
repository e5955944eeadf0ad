import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AuditWriter } from '../audit/service.js';
import type { SecurityConfig } from '../config.js';
import type { CypherLibrary } from '../cypher.js';
import { ConstraintViolationError, type Database, type Tx } from '../db/index.js';
import { AppError, badInput, notFound } from '../errors.js';
import { checkNewPassword, generatePassword, hashPassword, verifyPassword, type HashOptions } from './passwords.js';
import { requirePermission, requireSignedIn, ROLES, SYSTEM, type Actor, type Role } from './policy.js';
import type { SignInLimiter } from './rate-limit.js';

/**
 * Accounts and sessions, kept in Neo4j so that they survive a restart and are shared by every
 * server instance behind a load balancer. A session is a random 256-bit token in an httpOnly
 * cookie; Neo4j keeps only its SHA-256 with an idle expiry (renewed while it is used) and an
 * absolute one. Each process caches a looked-up session for a few seconds at most, so a
 * sign-out, a disabled account or a role change takes effect everywhere within that time.
 */
export interface UserView {
  id: string;
  username: string;
  name: string;
  role: Role;
  clusterIds: string[];
  disabled: boolean;
  createdAt: string | null;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  lastSignInAt: string | null;
  passwordChangedAt: string | null;
}

export interface SessionUser extends Actor {
  username: string;
  clusterIds: string[];
}

export interface NewSession {
  user: UserView;
  token: string;
  expiresAt: Date;
}

export interface UserInput {
  username?: string;
  name?: string | null;
  role?: string;
  clusterIds?: readonly string[] | null;
}

export interface AuthServiceOptions {
  security: Pick<SecurityConfig, 'sessionIdleMinutes' | 'sessionMaxHours'>;
  signInLimiter?: SignInLimiter;
  /** how long a process may reuse a looked-up session (default 5 s) */
  cacheMs?: number;
  /** renew a session's idle expiry at most this often (default 60 s) */
  touchEveryMs?: number;
  hashOptions?: HashOptions;
  clock?: () => number;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/;
const MAX_CLUSTERS = 50;
const CACHE_MAX = 10_000;

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

interface CachedSession {
  user: SessionUser;
  fetchedAt: number;
  expiresAt: number;
}

export class AuthService {
  private readonly q;
  private readonly audit: AuditWriter;
  private readonly cache = new Map<string, CachedSession>();
  private readonly cacheMs: number;
  private readonly touchEveryMs: number;
  private readonly idleMs: number;
  private readonly maxMs: number;
  private readonly clock: () => number;
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private readonly options: AuthServiceOptions,
  ) {
    this.q = cypher.pick(
      'auth/user-by-username',
      'auth/users',
      'auth/password-hash',
      'auth/create-user',
      'auth/update-user',
      'auth/set-password',
      'auth/signed-in',
      'auth/active-admins',
      'auth/any-user',
      'auth/create-session',
      'auth/session',
      'auth/touch-session',
      'auth/delete-session',
      'auth/delete-user-sessions',
      'auth/delete-expired-sessions',
      'enterprises/check-references',
    );
    this.clock = options.clock ?? Date.now;
    this.audit = new AuditWriter(cypher, () => new Date(this.clock()));
    this.cacheMs = options.cacheMs ?? 5_000;
    this.touchEveryMs = options.touchEveryMs ?? 60_000;
    this.idleMs = options.security.sessionIdleMinutes * 60_000;
    this.maxMs = options.security.sessionMaxHours * 3_600_000;
  }

  // ---- sessions ------------------------------------------------------------------------------

  /**
   * Checks the password and opens a session. A wrong user name and a wrong password give the
   * same answer in about the same time; too many attempts per address and user name give
   * LIMIT_EXCEEDED. Every attempt is in the audit log.
   */
  async signIn(rawUsername: string, password: string, meta: { address: string }): Promise<NewSession> {
    const username = (typeof rawUsername === 'string' ? rawUsername : '').trim().toLowerCase();
    if (username.length === 0 || username.length > 100) throw badInput('请输入用户名 (enter a user name)', { field: 'username' });
    if (typeof password !== 'string' || password.length === 0 || password.length > 1024)
      throw badInput('请输入密码 (enter a password)', { field: 'password' });
    await this.options.signInLimiter?.hit(meta.address, username);
    const [row] = await this.db.read<UserRow & { passwordHash: string | null }>(this.q['auth/user-by-username'], { username });
    const hash = row?.passwordHash ?? (await this.dummy());
    const ok = (await verifyPassword(hash, password)) && Boolean(row) && !row!.disabled;
    if (!ok || !row) {
      await this.db.writeTransaction((tx) =>
        this.audit.record(tx, row ? { id: row.id } : null, {
          action: 'auth.signInFailed',
          entity: 'Session',
          key: username.slice(0, 100),
          after: { address: meta.address, reason: row?.disabled ? 'disabled' : 'credentials' },
        }),
      );
      throw new AppError('UNAUTHENTICATED', '用户名或密码错误 (wrong user name or password)');
    }
    const token = randomBytes(32).toString('base64url');
    const now = this.clock();
    const absoluteExpiresAt = now + this.maxMs;
    const expiresAt = Math.min(now + this.idleMs, absoluteExpiresAt);
    await this.db.writeTransaction(async (tx) => {
      const created = await tx.run(this.q['auth/create-session'], {
        tokenHash: hashToken(token),
        userId: row.id,
        now,
        expiresAt,
        absoluteExpiresAt,
      });
      if (created.length === 0) throw new AppError('UNAUTHENTICATED', '用户名或密码错误 (wrong user name or password)');
      await tx.run(this.q['auth/signed-in'], { id: row.id, now: new Date(now).toISOString() });
      await this.audit.record(
        tx,
        { id: row.id },
        { action: 'auth.signIn', entity: 'Session', key: row.username, after: { address: meta.address } },
      );
    });
    await this.options.signInLimiter?.succeeded(meta.address, username);
    const [user] = await this.users([row.id]);
    return { user: user!, token, expiresAt: new Date(absoluteExpiresAt) };
  }

  /** Ends the session of this token (if any). */
  async signOut(token: string | undefined, actor: Actor | null): Promise<boolean> {
    if (!token || !TOKEN.test(token)) return false;
    const tokenHash = hashToken(token);
    this.cache.delete(tokenHash);
    const [row] = await this.db.writeTransaction(async (tx) => {
      const result = await tx.run<{ deleted: number }>(this.q['auth/delete-session'], { tokenHash });
      if (actor && (result[0]?.deleted ?? 0) > 0)
        await this.audit.record(tx, actor, { action: 'auth.signOut', entity: 'Session', key: actor.id });
      return result;
    });
    return (row?.deleted ?? 0) > 0;
  }

  /**
   * The user of a session token, or null (no, malformed, unknown, expired token; disabled
   * account). Renews the idle expiry now and then. Throws DatabaseUnavailableError when Neo4j
   * cannot be asked and the session is not cached.
   */
  async userForToken(token: string | undefined): Promise<SessionUser | null> {
    if (!token || !TOKEN.test(token)) return null;
    const tokenHash = hashToken(token);
    const now = this.clock();
    const cached = this.cache.get(tokenHash);
    if (cached && now - cached.fetchedAt < this.cacheMs && cached.expiresAt > now) return cached.user;
    const [row] = await this.db.read<UserRow & { lastSeenAt: number; expiresAt: number; absoluteExpiresAt: number }>(
      this.q['auth/session'],
      { tokenHash, now },
    );
    if (!row) {
      this.cache.delete(tokenHash);
      return null;
    }
    let expiresAt = row.expiresAt;
    if (now - row.lastSeenAt >= this.touchEveryMs) {
      const [touched] = await this.db.write<{ expiresAt: number }>(this.q['auth/touch-session'], { tokenHash, now, idleMs: this.idleMs });
      if (touched) expiresAt = touched.expiresAt;
    }
    const user: SessionUser = { id: row.id, username: row.username, name: row.name, role: row.role, clusterIds: row.clusterIds };
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(tokenHash, { user, fetchedAt: now, expiresAt });
    return user;
  }

  /** Removes expired sessions (a few at a time); returns how many. */
  async purgeExpiredSessions(limit = 1000): Promise<number> {
    const [row] = await this.db.write<{ deleted: number }>(this.q['auth/delete-expired-sessions'], { now: this.clock(), limit });
    return row?.deleted ?? 0;
  }

  // ---- the caller's own account ------------------------------------------------------------

  async me(actor: Actor | null): Promise<UserView | null> {
    if (!actor) return null;
    const [user] = await this.users([actor.id]);
    return user ?? null;
  }

  /** Changes the caller's password (the current one is required); ends their other sessions. */
  async changePassword(actor: Actor | null, currentPassword: string, newPassword: string, currentToken?: string): Promise<boolean> {
    const me = requireSignedIn(actor);
    const [row] = await this.db.read<{ passwordHash: string | null }>(this.q['auth/password-hash'], { id: me.id });
    if (!row?.passwordHash || typeof currentPassword !== 'string' || !(await verifyPassword(row.passwordHash, currentPassword))) {
      throw badInput('当前密码不正确 (the current password is wrong)', { field: 'currentPassword' });
    }
    const [user] = await this.users([me.id]);
    checkNewPassword(newPassword, user?.username);
    if (newPassword === currentPassword)
      throw badInput('新密码不能与当前密码相同 (the new password must differ from the current one)', { field: 'newPassword' });
    const passwordHash = await hashPassword(newPassword, this.options.hashOptions);
    const keep = currentToken && TOKEN.test(currentToken) ? hashToken(currentToken) : null;
    await this.db.writeTransaction(async (tx) => {
      await tx.run(this.q['auth/set-password'], { id: me.id, passwordHash, ...this.stamp(me) });
      await tx.run(this.q['auth/delete-user-sessions'], { userId: me.id, keep });
      await this.audit.record(tx, me, { action: 'user.changePassword', entity: 'User', key: me.id });
    });
    this.forgetUser(me.id, keep);
    return true;
  }

  // ---- administration ------------------------------------------------------------------------

  async listUsers(actor: Actor | null): Promise<UserView[]> {
    requirePermission(actor, 'users:manage');
    return this.users(null);
  }

  async createUser(
    actor: Actor | null,
    input: UserInput & { password?: string | null },
  ): Promise<{ user: UserView; password: string | null }> {
    const admin = requirePermission(actor, 'users:manage');
    const username = usernameArg(input.username);
    const name = nameArg(input.name ?? username);
    const role = roleArg(input.role);
    const clusterIds = clusterIdsArg(input.clusterIds ?? []);
    const generated = input.password === null || input.password === undefined || input.password === '' ? generatePassword() : null;
    const password = generated ?? checkNewPassword(input.password!, username, 'password');
    const passwordHash = await hashPassword(password, this.options.hashOptions);
    const id = randomUUID();
    try {
      await this.db.writeTransaction(async (tx) => {
        await this.checkClusters(tx, clusterIds);
        await tx.run(this.q['auth/create-user'], { id, username, name, role, clusterIds, passwordHash, ...this.stamp(admin) });
        await this.audit.record(tx, admin, { action: 'user.create', entity: 'User', key: id, after: { username, name, role, clusterIds } });
      });
    } catch (error) {
      if (error instanceof ConstraintViolationError)
        throw new AppError('CONFLICT', `用户名“${username}”已被使用 (the user name ${username} is taken)`, { field: 'username' });
      throw error;
    }
    const [user] = await this.users([id]);
    return { user: user!, password: generated };
  }

  /** Changes name, role and/or assigned clusters. The last enabled administrator keeps the role. */
  async updateUser(actor: Actor | null, id: string, input: Omit<UserInput, 'username'>): Promise<UserView> {
    const admin = requirePermission(actor, 'users:manage');
    const set: Record<string, unknown> = {};
    if (input.name !== undefined && input.name !== null) set.name = nameArg(input.name);
    if (input.role !== undefined) set.role = roleArg(input.role);
    if (input.clusterIds !== undefined && input.clusterIds !== null) set.clusterIds = clusterIdsArg(input.clusterIds);
    await this.db.writeTransaction(async (tx) => {
      const before = await this.userIn(tx, id);
      if (before.role === 'admin' && set.role !== undefined && set.role !== 'admin' && !before.disabled) await this.keepAnAdmin(tx);
      if (set.clusterIds) await this.checkClusters(tx, set.clusterIds as string[]);
      await tx.run(this.q['auth/update-user'], { id, set, ...this.stamp(admin) });
      await this.audit.record(tx, admin, {
        action: 'user.update',
        entity: 'User',
        key: id,
        before: pick(before, Object.keys(set)),
        after: set,
      });
    });
    this.forgetUser(id, null);
    return (await this.users([id]))[0]!;
  }

  /** Disables (ending every session at once) or enables an account. Admins cannot disable themselves. */
  async setDisabled(actor: Actor | null, id: string, disabled: boolean): Promise<UserView> {
    const admin = requirePermission(actor, 'users:manage');
    if (disabled && id === admin.id) throw new AppError('CONFLICT', '不能停用自己的账号 (you cannot disable your own account)');
    await this.db.writeTransaction(async (tx) => {
      const before = await this.userIn(tx, id);
      if (disabled && before.role === 'admin' && !before.disabled) await this.keepAnAdmin(tx);
      await tx.run(this.q['auth/update-user'], { id, set: { disabled }, ...this.stamp(admin) });
      if (disabled) await tx.run(this.q['auth/delete-user-sessions'], { userId: id, keep: null });
      await this.audit.record(tx, admin, {
        action: disabled ? 'user.disable' : 'user.enable',
        entity: 'User',
        key: id,
        before: { disabled: before.disabled },
        after: { disabled },
      });
    });
    this.forgetUser(id, null);
    return (await this.users([id]))[0]!;
  }

  /** Sets a new password (generated and returned once when none is given) and ends the user's sessions. */
  async resetPassword(actor: Actor | null, id: string, newPassword?: string | null): Promise<{ user: UserView; password: string | null }> {
    const admin = requirePermission(actor, 'users:manage');
    const [target] = await this.users([id]);
    if (!target) throw notFound(`没有这个用户 (no user ${id})`, { field: 'id' });
    const generated = newPassword === null || newPassword === undefined || newPassword === '' ? generatePassword() : null;
    const password = generated ?? checkNewPassword(newPassword!, target.username);
    const passwordHash = await hashPassword(password, this.options.hashOptions);
    await this.db.writeTransaction(async (tx) => {
      const rows = await tx.run(this.q['auth/set-password'], { id, passwordHash, ...this.stamp(admin) });
      if (rows.length === 0) throw notFound(`没有这个用户 (no user ${id})`, { field: 'id' });
      await tx.run(this.q['auth/delete-user-sessions'], { userId: id, keep: null });
      await this.audit.record(tx, admin, { action: 'user.resetPassword', entity: 'User', key: id });
    });
    this.forgetUser(id, null);
    return { user: target, password: generated };
  }

  /**
   * The first start: creates the administrator when there is none, with `password` (from
   * ADMIN_PASSWORD) or a generated one that the caller prints once. Never touches an existing one.
   */
  async ensureAdmin(username: string, password: string | undefined): Promise<{ created: boolean; generatedPassword: string | null }> {
    const [row] = await this.db.read<{ hasAdmin: boolean }>(this.q['auth/any-user']);
    if (row?.hasAdmin) return { created: false, generatedPassword: null };
    const generated = password ? null : generatePassword();
    try {
      await this.createUser(SYSTEM, { username, name: '管理员', role: 'admin', password: password ?? generated });
    } catch (error) {
      // Another instance created it at the same moment.
      if (error instanceof AppError && error.code === 'CONFLICT') return { created: false, generatedPassword: null };
      throw error;
    }
    return { created: true, generatedPassword: generated };
  }

  /** Accounts by id (all when null), without password hashes. */
  async users(ids: readonly string[] | null): Promise<UserView[]> {
    return (await this.db.read<UserRow & Record<string, unknown>>(this.q['auth/users'], {
      ids: ids ? [...ids] : null,
    })) as unknown as UserView[];
  }

  private async userIn(tx: Tx, id: string): Promise<UserView> {
    const [user] = await tx.run<UserView & Record<string, unknown>>(this.q['auth/users'], { ids: [id] });
    if (!user) throw notFound(`没有这个用户 (no user ${id})`, { field: 'id' });
    return user;
  }

  private async checkClusters(tx: Tx, clusterIds: string[]): Promise<void> {
    if (clusterIds.length === 0) return;
    const [row] = await tx.run<{ unknownClusters: string[] }>(this.q['enterprises/check-references'], {
      codes: [],
      clusterIds,
      segmentIds: [],
      counties: [],
    });
    const unknown = row?.unknownClusters ?? [];
    if (unknown.length > 0)
      throw badInput(`没有这些集群：${unknown.join('、')} (unknown clusters: ${unknown.join(', ')})`, { field: 'clusterIds', unknown });
  }

  private async keepAnAdmin(tx: Tx): Promise<void> {
    const [row] = await tx.run<{ n: number }>(this.q['auth/active-admins']);
    if ((row?.n ?? 0) <= 1) throw new AppError('CONFLICT', '至少要保留一个启用的管理员 (at least one enabled administrator must remain)');
  }

  private forgetUser(id: string, keep: string | null): void {
    for (const [hash, entry] of this.cache) if (entry.user.id === id && hash !== keep) this.cache.delete(hash);
  }

  private stamp(actor: Actor): { by: string; now: string } {
    return { by: actor.id, now: new Date(this.clock()).toISOString() };
  }

  /** A hash to verify against when the user name is unknown, so that both cases take as long. */
  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.options.hashOptions);
    return this.dummyHash;
  }
}

/** A user's row as the auth statements return it: the view's identity and role, and further columns per statement. */
interface UserRow extends Pick<UserView, 'id' | 'username' | 'name' | 'role' | 'clusterIds' | 'disabled'> {
  [column: string]: unknown;
}

function usernameArg(raw: string | undefined): string {
  const username = (raw ?? '').trim().toLowerCase();
  if (!USERNAME.test(username))
    throw badInput(
      '用户名须为 2–40 个字符：小写字母、数字、. _ - (a user name has 2 to 40 characters: lower-case letters, digits, . _ -)',
      { field: 'username' },
    );
  return username;
}

function nameArg(raw: string): string {
  const name = (raw ?? '').trim();
  if (name.length === 0 || [...name].length > 100 || /[\u0000-\u001f\u007f]/.test(name))
    throw badInput('姓名须为 1–100 个字符，不含控制字符 (a name has 1 to 100 characters, no control characters)', { field: 'name' });
  return name;
}

function roleArg(raw: string | undefined): Role {
  const role = (raw ?? '').toLowerCase();
  if (!(ROLES as readonly string[]).includes(role))
    throw badInput(`unknown role ${String(raw).slice(0, 20)}: one of ${ROLES.join(', ')}`, { field: 'role' });
  return role as Role;
}

function clusterIdsArg(ids: readonly string[]): string[] {
  if (ids.length > MAX_CLUSTERS) throw badInput(`clusterIds: ${MAX_CLUSTERS} at most`, { field: 'clusterIds' });
  const clean = ids.map((id) => (typeof id === 'string' ? id.trim() : ''));
  if (clean.some((id) => id.length === 0 || id.length > 100))
    throw badInput('clusterIds: each id has 1 to 100 characters', { field: 'clusterIds' });
  return [...new Set(clean)].sort();
}

function pick(record: object, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (record as Record<string, unknown>)[key]]));
}
