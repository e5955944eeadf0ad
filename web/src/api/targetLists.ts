import { graphql } from '../gql';
import type { AddTargetToListMutationVariables, TargetListQuery, TargetListsQuery } from '../gql/graphql';

/**
 * GraphQL operations of the 招商 target lists (server/targets/schema.graphql), shared by the targets view and the
 * add-to-list dialog (components/AddToListDialog) that the chain map opens too.
 */

// fragments spread by the operations below (codegen reads them from these calls)
graphql(`
  fragment TargetListFields on TargetList {
    id
    name
    clusterId
    clusterName
    note
    createdAt
    updatedAt
    updatedBy
    entryCount
    statusCounts {
      status
      count
    }
  }
`);

graphql(`
  fragment TargetEntryFields on TargetListEntry {
    listId
    creditCode
    name
    local
    county
    city
    province
    segmentId
    segmentName
    reason
    status
    statusNote
    statusDate
    addedAt
    updatedAt
    updatedBy
    history {
      status
      note
      date
      by
      byName
      at
    }
  }
`);

export const TARGET_LISTS_QUERY = graphql(`
  query TargetLists {
    targetLists {
      ...TargetListFields
    }
  }
`);

export const TARGET_LIST_QUERY = graphql(`
  query TargetList($id: ID!) {
    targetList(id: $id) {
      ...TargetListFields
      entries {
        ...TargetEntryFields
      }
    }
  }
`);

export const CREATE_LIST = graphql(`
  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {
    createTargetList(name: $name, clusterId: $clusterId, note: $note) {
      ...TargetListFields
    }
  }
`);

export const RENAME_LIST = graphql(`
  mutation RenameTargetList($id: ID!, $name: String!) {
    renameTargetList(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const DELETE_LIST = graphql(`
  mutation DeleteTargetList($id: ID!) {
    deleteTargetList(id: $id)
  }
`);

export const ADD_TARGET = graphql(`
  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {
    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) {
      listId
      creditCode
    }
  }
`);

export const REMOVE_TARGET = graphql(`
  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) {
    removeTargetFromList(listId: $listId, creditCode: $creditCode) {
      id
    }
  }
`);

export const SET_STATUS = graphql(`
  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {
    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) {
      ...TargetEntryFields
    }
  }
`);

export type TargetListSummary = TargetListsQuery['targetLists'][number];
export type TargetListDetail = NonNullable<TargetListQuery['targetList']>;
export type TargetEntry = TargetListDetail['entries'][number];

/** A firm to add to a list, with where it would fit and why (招商理由): what addTargetToList takes, and its name to show. */
export type Candidate = Pick<AddTargetToListMutationVariables, 'creditCode' | 'segmentId' | 'reason'> & { name: string };
