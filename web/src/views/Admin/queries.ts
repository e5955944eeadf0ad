import { graphql } from '../../gql';
import type { AdminClustersQuery, AdminUsersQuery, AuditLogQuery } from '../../gql/graphql';

/** GraphQL operations of 系统管理: users (server/auth/schema.graphql) and the audit log (server/audit/schema.graphql). */

export const USERS_QUERY = graphql(`
  query AdminUsers {
    users {
      id
      username
      name
      role
      clusterIds
      disabled
      lastSignInAt
    }
  }
`);

export type User = AdminUsersQuery['users'][number];

export const CLUSTERS_QUERY = graphql(`
  query AdminClusters {
    clusters {
      id
      name
    }
  }
`);

export type ClusterChoice = AdminClustersQuery['clusters'][number];

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        username
      }
      password
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
    }
  }
`);

export const SET_USER_DISABLED = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      user {
        username
      }
      password
    }
  }
`);

export const AUDIT_QUERY = graphql(`
  query AuditLog($after: String, $userId: ID, $entity: String) {
    auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {
      edges {
        node {
          id
          at
          userId
          action
          entity
          key
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];
