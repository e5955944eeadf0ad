import { graphql } from '../gql';

/** Puts a firm in a chain segment or takes it out (the firm's edit panel and the chain map's segment panel). */
export const SET_SEGMENT = graphql(`
  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {
    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) {
      creditCode
      version
    }
  }
`);
