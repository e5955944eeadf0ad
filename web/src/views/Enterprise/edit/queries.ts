import type { Direction, SrdiLevel, Stage } from '../../../api/schema-types';

/** What the edit panel of a firm's page reads: versions, scope, links, collaborations, recent changes. */
export const ENTERPRISE_EDIT_QUERY = /* GraphQL */ `
  query EnterpriseEdit($creditCode: String!) {
    enterprise(creditCode: $creditCode) {
      creditCode name local county city province founded chainLeader version updatedByName
      editScope { allowed reason }
      clusters { id name chainId }
      segments { id name stage chainId }
      years { year revenue rdSpend aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis version }
      supplyLinks(first: 200) {
        id supplierCode buyerCode segmentId year annualValue product version
        supplier { name } buyer { name }
        editScope { allowed reason }
      }
      collaborations { id kind year title institute { id name } }
      recentChanges(first: 10) { id at userName action entity key before after }
    }
    clusters { id name chainId }
  }
`;

export const CHAIN_SEGMENTS_QUERY = /* GraphQL */ `
  query ChainSegments($chainIds: [ID!]!) { chainSegments(chainIds: $chainIds) { id name stage order chainId } }
`;

export const INSTITUTES_QUERY = /* GraphQL */ `
  query ResearchInstitutes { researchInstitutes { id name kind } }
`;

export const UPDATE_ENTERPRISE = /* GraphQL */ `
  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {
    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) { creditCode version }
  }
`;

export const UPSERT_YEAR = /* GraphQL */ `
  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {
    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) { year version }
  }
`;

export const UPSERT_LINK = /* GraphQL */ `
  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {
    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) { id version }
  }
`;

export const DELETE_LINK = /* GraphQL */ `
  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {
    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) { id }
  }
`;

export const ADD_COLLABORATION = /* GraphQL */ `
  mutation AddCollaboration($input: CollaborationInput!) { addCollaboration(input: $input) { id } }
`;

export const REMOVE_COLLABORATION = /* GraphQL */ `
  mutation RemoveCollaboration($key: CollaborationKeyInput!) { removeCollaboration(key: $key) { id } }
`;

export const SET_SEGMENT = /* GraphQL */ `
  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {
    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) { creditCode version }
  }
`;

export interface EditScope {
  allowed: boolean;
  reason: string | null;
}

export interface EditYear {
  year: number;
  revenue: number | null;
  rdSpend: number | null;
  aboveScale: boolean | null;
  srdiLevel: SrdiLevel | null;
  highValuePatents: number | null;
  smartFactory: boolean | null;
  digitalTransformation: boolean | null;
  greenList: boolean | null;
  greenDiagnosis: boolean | null;
  version: number;
}

export interface EditLink {
  id: string;
  supplierCode: string;
  buyerCode: string;
  segmentId: string;
  year: number;
  annualValue: number;
  product: string | null;
  version: number;
  supplier: { name: string };
  buyer: { name: string };
  editScope: EditScope;
}

export interface EditCollaboration {
  id: string;
  kind: string;
  year: number;
  title: string | null;
  institute: { id: string; name: string };
}

export interface ChangeEntry {
  id: string;
  at: string;
  userName: string;
  action: string;
  entity: string;
  key: string;
  before: string | null;
  after: string | null;
}

export interface EditFirm {
  creditCode: string;
  name: string;
  local: boolean;
  county: string | null;
  city: string | null;
  province: string | null;
  founded: number | null;
  chainLeader: boolean;
  version: number;
  updatedByName: string | null;
  editScope: EditScope;
  clusters: { id: string; name: string; chainId: string | null }[];
  segments: { id: string; name: string; stage: Stage; chainId: string }[];
  years: EditYear[];
  supplyLinks: EditLink[];
  collaborations: EditCollaboration[];
  recentChanges: ChangeEntry[];
}

export interface EditData {
  enterprise: EditFirm | null;
  clusters: { id: string; name: string; chainId: string | null }[];
}

export interface ChainSegment {
  id: string;
  name: string;
  stage: Stage;
  order: number;
  chainId: string;
}

export type { Direction };
