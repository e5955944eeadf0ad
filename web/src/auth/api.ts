/** What the web app asks about the signed-in user. */
export type RoleName = 'VIEWER' | 'ANALYST' | 'EDITOR' | 'ADMIN';
export const ROLE_NAMES: RoleName[] = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'];

export interface Me {
  id: string;
  username: string;
  name: string;
  role: RoleName;
  clusterIds: string[];
  /** what the role allows (graph:read, targets:read, data:import, users:manage, ...) */
  permissions: string[];
}

export const ME_QUERY = '{ me { id username name role clusterIds permissions } }';
