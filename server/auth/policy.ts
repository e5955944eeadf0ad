import { AppError } from '../errors.js';

/**
 * Who may do what. Services call these checks (resolvers and HTTP routes only pass the caller
 * on), so a rule holds whatever door a request comes in by. Roles are cumulative: each has the
 * permissions of the roles before it; an editor's data writes are limited to the clusters
 * assigned to them.
 */
export const ROLES = ['viewer', 'analyst', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  viewer: { zh: '研究人员（只读）', en: 'Viewer (researcher)' },
  analyst: { zh: '招商人员', en: 'Analyst (investment staff)' },
  editor: { zh: '集群专班（编辑）', en: 'Editor (cluster manager)' },
  admin: { zh: '管理员', en: 'Administrator' },
};

/** The caller of a service: a signed-in user (or the system itself: seed, CLI, benchmarks). */
export interface Actor {
  id: string;
  role: Role;
  name: string;
  /** editors: the clusters whose data they may change */
  clusterIds?: readonly string[];
}

/** Start-up work, the command-line importer and benchmarks: not reachable from a request. */
export const SYSTEM: Actor = Object.freeze({ id: 'system', role: 'admin', name: 'system' });

const PERMISSIONS = {
  /** clusters, enterprises, chain gaps, networks, dashboard */
  'graph:read': ['viewer', 'analyst', 'editor', 'admin'],
  /** exact money: revenue, R&D spend, supply values, totals (the others see bands: server/auth/disclosure.ts) */
  'revenue:exact': ['analyst', 'editor', 'admin'],
  /** 招商 target lists, their export, and the investment targets of a gap report */
  'targets:read': ['analyst', 'editor', 'admin'],
  'targets:write': ['analyst', 'editor', 'admin'],
  /** enterprise and supply-link edits (editors: their clusters only) */
  'data:write': ['editor', 'admin'],
  /** imports (editors: files touching their clusters only) */
  'data:import': ['editor', 'admin'],
  /** accounts of other users */
  'users:manage': ['admin'],
  'audit:read': ['admin'],
  /** putting back every row an import created or changed */
  'imports:undo': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return Boolean(actor) && (PERMISSIONS[permission] as readonly Role[]).includes(actor!.role);
}

/** Everything a role may do (what the web app shows or hides; the services check anyway). */
export function permissionsOf(actor: Actor): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(actor, permission));
}

/** The GraphQL enum Role's values and the roles they stand for (the schema's internal values). */
export const ROLE_ENUM = { VIEWER: 'viewer', ANALYST: 'analyst', EDITOR: 'editor', ADMIN: 'admin' } as const satisfies {
  [R in Role as Uppercase<R>]: R;
};

const unauthenticated = () => new AppError('UNAUTHENTICATED', '请先登录 (sign in first)');

/** Throws UNAUTHENTICATED without a caller; the caller otherwise. */
export function requireSignedIn(actor: Actor | null | undefined): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** Throws UNAUTHENTICATED without a caller, FORBIDDEN when the caller's role lacks the permission. */
export function requirePermission(actor: Actor | null | undefined, permission: Permission): Actor {
  const signedIn = requireSignedIn(actor);
  if (!can(signedIn, permission)) {
    throw new AppError(
      'FORBIDDEN',
      `没有权限：${ROLE_LABELS[signedIn.role].zh}不能执行此操作 (not allowed for role ${signedIn.role}: needs ${permission})`,
      { permission },
    );
  }
  return signedIn;
}

/**
 * The cluster rule of data writes: admins may change anything; an editor only what touches
 * their assigned clusters and no other. `touched` is every cluster the change concerns (the
 * clusters the firms belong to before and after). A change touching no cluster at all (an
 * existing outside firm, shared reference data) is for admins only.
 */
export function requireClusterScope(actor: Actor, touched: Iterable<string>, what: string): void {
  const problem = clusterScopeProblem(actor, touched, what);
  if (problem) throw problem;
}

/** The cluster rule as an answer instead of a throw: the FORBIDDEN error, or null when allowed (the web shows why a control is disabled). */
export function clusterScopeProblem(actor: Actor, touched: Iterable<string>, what: string): AppError | null {
  if (actor.role === 'admin') return null;
  const mine = new Set(actor.clusterIds ?? []);
  const clusters = [...new Set(touched)].sort();
  const outside = clusters.filter((id) => !mine.has(id));
  if (clusters.length === 0) {
    return new AppError(
      'FORBIDDEN',
      `没有权限：${what}不属于您负责的集群，请联系管理员 (${what} belongs to none of your clusters: ask an administrator)`,
      { clusters: [] },
    );
  }
  if (outside.length > 0) {
    return new AppError(
      'FORBIDDEN',
      `没有权限：${what}涉及您负责范围以外的集群 ${outside.join('、')} (${what} touches clusters outside yours: ${outside.join(', ')})`,
      { clusters: outside },
    );
  }
  return null;
}
