import { graphql } from '../../gql';
import type { AdminUsersQuery, AuditLogQuery } from '../../gql/graphql';

/** GraphQL operations of 系统管理: users (server/auth/schema.graphql) and the audit log (server/audit/schema.graphql). */

export const USERS_QUERY = graphql(`
  query AdminUsers {
    users {
      ...UserFields
      disabled
      lastSignInAt
    }
  }
`);

export type User = AdminUsersQuery['users'][number];

export { CLUSTERS_QUERY, type ClusterSummary as ClusterChoice } from '../../api/clusters';

/** What creating a user and resetting a password answer: whose password, and the generated one (shown once). */
graphql(`
  fragment IssuedPassword on UserWithPassword {
    user {
      username
    }
    password
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...IssuedPassword
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
      ...IssuedPassword
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
        ...NextPage
      }
    }
  }
`);

export type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];
