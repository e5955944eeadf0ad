import { graphql } from '../gql';
import type { MeQuery, Role } from '../gql/graphql';

/** What the web app asks about the signed-in user. */
export type RoleName = Role;
export const ROLE_NAMES = ['VIEWER', 'ANALYST', 'EDITOR', 'ADMIN'] as const satisfies readonly RoleName[];

/** The signed-in user; `permissions` is what the role allows (graph:read, targets:read, data:import, users:manage, ...). */
export type Me = NonNullable<MeQuery['me']>;

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...UserFields
      permissions
    }
  }
`);
