import type { PipelineStatus } from '#shared/enums.js';
import type { InvestmentTarget, PipelineStatusCount, StatusChange, TargetList, TargetListEntry } from '../../api/schema-types';

/** GraphQL operations of the 招商 target lists (server/targets/schema.graphql) and their result types. */

export const TARGET_LIST_SUMMARY_FIELDS = /* GraphQL */ `
  id name clusterId clusterName note createdAt updatedAt updatedBy entryCount
  statusCounts { status count }
`;

export const ENTRY_FIELDS = /* GraphQL */ `
  listId creditCode name local county city province segmentId segmentName reason
  status statusNote statusDate addedAt updatedAt updatedBy
  history { status note date by byName at }
`;

export const TARGET_LISTS_QUERY = /* GraphQL */ `
  query TargetLists { targetLists { ${TARGET_LIST_SUMMARY_FIELDS} } }
`;

export const TARGET_LIST_QUERY = /* GraphQL */ `
  query TargetList($id: ID!) { targetList(id: $id) { ${TARGET_LIST_SUMMARY_FIELDS} entries { ${ENTRY_FIELDS} } } }
`;

export const CREATE_LIST = /* GraphQL */ `
  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {
    createTargetList(name: $name, clusterId: $clusterId, note: $note) { ${TARGET_LIST_SUMMARY_FIELDS} }
  }
`;

export const RENAME_LIST = /* GraphQL */ `
  mutation RenameTargetList($id: ID!, $name: String!) { renameTargetList(id: $id, name: $name) { id name } }
`;

export const DELETE_LIST = /* GraphQL */ `
  mutation DeleteTargetList($id: ID!) { deleteTargetList(id: $id) }
`;

export const ADD_TARGET = /* GraphQL */ `
  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {
    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) { listId creditCode }
  }
`;

export const REMOVE_TARGET = /* GraphQL */ `
  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) { removeTargetFromList(listId: $listId, creditCode: $creditCode) { id } }
`;

export const SET_STATUS = /* GraphQL */ `
  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {
    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) { ${ENTRY_FIELDS} }
  }
`;

export const CLUSTERS_QUERY = /* GraphQL */ `
  query TargetClusters { clusters { id name county level chainName year output } }
`;

export const CLUSTER_TARGETS_QUERY = /* GraphQL */ `
  query ClusterTargets($clusterId: ID!) {
    chainGapReport(clusterId: $clusterId) {
      clusterId clusterName year
      segments { segmentId name stage order status }
      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason }
      investmentTargetsHidden
    }
  }
`;

type Plain<T> = Omit<T, '__typename'>;

export type StatusCount = Plain<PipelineStatusCount> & { status: PipelineStatus };
export type TargetListSummary = Pick<TargetList, 'id' | 'name' | 'clusterId' | 'clusterName' | 'note' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'entryCount'> & {
  statusCounts: StatusCount[];
};
export type Entry = Omit<Plain<TargetListEntry>, 'history' | 'addedBy'> & { status: PipelineStatus; history: (Plain<StatusChange> & { status: PipelineStatus })[] };
export type TargetListDetail = TargetListSummary & { entries: Entry[] };

export interface ClusterOption {
  id: string;
  name: string;
  county: string;
  level: 'CITY' | 'PROVINCIAL' | 'NATIONAL';
  chainName: string | null;
  year: number | null;
  output: number | null;
}

export type Target = Plain<InvestmentTarget>;

export interface ClusterTargets {
  chainGapReport: {
    clusterId: string;
    clusterName: string;
    year: number | null;
    segments: { segmentId: string; name: string; stage: string; order: number; status: string }[];
    investmentTargets: Target[];
    investmentTargetsHidden: boolean;
  };
}

/** A firm to add to a list, with where it would fit and why (招商理由). */
export interface Candidate {
  creditCode: string;
  name: string;
  segmentId?: string | null;
  reason?: string | null;
}
