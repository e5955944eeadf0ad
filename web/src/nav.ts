import type { RoleName } from './auth/api';

/**
 * The views, in the order of the menu (同链对比 /compare opens from each chain map, so the header
 * keeps one line); one that needs a permission is shown only to roles that have it (the server
 * checks anyway).
 */
export const NAV: readonly { to: string; key: string; permission?: string }[] = [
  { to: '/', key: 'panorama' },
  { to: '/chain', key: 'chain' },
  { to: '/enterprise', key: 'enterprise' },
  { to: '/targets', key: 'targets', permission: 'targets:read' },
  { to: '/network', key: 'network' },
  { to: '/dashboard', key: 'dashboard' },
  { to: '/import', key: 'import', permission: 'data:import' },
  { to: '/admin', key: 'admin', permission: 'users:manage' },
];

/** Where each role starts when the page it asked for is not one it may use. */
export const ROLE_HOME: Record<RoleName, string> = {
  VIEWER: '/',
  ANALYST: '/targets',
  EDITOR: '/import',
  ADMIN: '/',
};

/** The menu entry a path belongs to (null: no view has that path). */
export function navItemOf(pathname: string): (typeof NAV)[number] | null {
  if (pathname === '/' || pathname === '') return NAV[0]!;
  const first = `/${pathname.split('/')[1] ?? ''}`;
  return NAV.find((item) => item.to !== '/' && item.to === first) ?? null;
}

/** Whether a role with these permissions may use the view at this path (unknown paths: yes, they show the not-found page). */
export function mayOpen(pathname: string, permissions: readonly string[]): boolean {
  const item = navItemOf(pathname);
  return !item?.permission || permissions.includes(item.permission);
}
