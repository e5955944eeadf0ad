import { graphql } from '../../../gql';
import type { EnterpriseEditQuery, EnterpriseEditSegmentsQuery } from '../../../gql/graphql';

/** What the edit panel of a firm's page reads: versions, scope, links, collaborations, recent changes. */
export const ENTERPRISE_EDIT_QUERY = graphql(`
  query EnterpriseEdit($creditCode: String!) {
    enterprise(creditCode: $creditCode) {
      ...FirmSummary
      founded
      version
      updatedByName
      editScope {
        allowed
        reason
      }
      clusters {
        id
        name
        chainId
      }
      segments {
        id
        name
        stage
        chainId
      }
      years {
        ...EnterpriseYearFigures
        version
      }
      supplyLinks(first: 200) {
        id
        supplierCode
        buyerCode
        segmentId
        year
        annualValue
        product
        version
        supplier {
          name
        }
        buyer {
          name
        }
        editScope {
          allowed
          reason
        }
      }
      collaborations {
        id
        kind
        year
        title
        institute {
          id
          name
        }
      }
      recentChanges(first: 10) {
        id
        at
        userName
        action
        entity
        key
        before
        after
      }
    }
    clusters {
      id
      name
      chainId
    }
  }
`);

export const CHAIN_SEGMENTS_QUERY = graphql(`
  query EnterpriseEditSegments($chainIds: [ID!]!) {
    chainSegments(chainIds: $chainIds) {
      id
      name
      stage
      order
      chainId
    }
  }
`);

export const INSTITUTES_QUERY = graphql(`
  query ResearchInstitutes {
    researchInstitutes {
      id
      name
      kind
    }
  }
`);

export const UPDATE_ENTERPRISE = graphql(`
  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {
    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) {
      creditCode
      version
    }
  }
`);

export const UPSERT_YEAR = graphql(`
  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {
    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) {
      year
      version
    }
  }
`);

export const UPSERT_LINK = graphql(`
  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {
    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

export const DELETE_LINK = graphql(`
  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {
    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

export const ADD_COLLABORATION = graphql(`
  mutation AddCollaboration($input: CollaborationInput!) {
    addCollaboration(input: $input) {
      id
    }
  }
`);

export const REMOVE_COLLABORATION = graphql(`
  mutation RemoveCollaboration($key: CollaborationKeyInput!) {
    removeCollaboration(key: $key) {
      id
    }
  }
`);

/** The firm as the edit panel has it (null: no such firm). */
export type EditFirm = NonNullable<EnterpriseEditQuery['enterprise']>;
export type EditYear = EditFirm['years'][number];
export type EditLink = EditFirm['supplyLinks'][number];
export type EditCollaboration = EditFirm['collaborations'][number];
export type ChangeEntry = EditFirm['recentChanges'][number];
export type EditClusters = EnterpriseEditQuery['clusters'];
export type ChainSegment = EnterpriseEditSegmentsQuery['chainSegments'][number];
