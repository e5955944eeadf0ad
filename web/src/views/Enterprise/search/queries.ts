import { graphql } from '../../../gql';
import type { EnterpriseSearchPageQuery, SearchSegmentsQuery } from '../../../gql/graphql';

/** One page of the search page's results, with the filters, the synonyms used and each firm's matching products. */
export const PAGE_QUERY = graphql(`
  query EnterpriseSearchPage(
    $query: String!
    $first: Int
    $after: String
    $chainLeader: Boolean
    $srdiLevels: [SrdiLevel!]
    $local: Boolean
    $county: String
  ) {
    searchEnterprises(
      query: $query
      first: $first
      after: $after
      chainLeader: $chainLeader
      srdiLevels: $srdiLevels
      local: $local
      county: $county
    ) {
      totalCount
      totalCapped
      expandedWords {
        word
        alternatives
      }
      pageInfo {
        ...NextPage
      }
      edges {
        matchedProducts
        node {
          ...FirmSummary
          srdiLevel
        }
      }
    }
  }
`);

export type SearchPage = EnterpriseSearchPageQuery['searchEnterprises'];
/** A hit of the search page: with its 专精特新 level for the badge. */
export type SearchPageHit = SearchPage['edges'][number]['node'];

/** The chain segments the search text names. */
export const SEGMENTS_QUERY = graphql(`
  query SearchSegments($query: String!) {
    searchSegments(query: $query) {
      segment {
        id
        name
        chainId
      }
      chainName
      clusters {
        id
        name
      }
      localFirmCount
      chainLeaders {
        creditCode
        name
      }
      synonyms
    }
  }
`);

export type SegmentHit = SearchSegmentsQuery['searchSegments'][number];

export const SYNONYMS_QUERY = graphql(`
  query SegmentSynonyms($s: ID) {
    synonyms(segmentId: $s) {
      term
      canonical
    }
  }
`);

export const SAVE_SYNONYM = graphql(`
  mutation SaveSynonym($s: ID!, $t: String!, $c: String!) {
    saveSynonym(segmentId: $s, term: $t, canonical: $c) {
      term
    }
  }
`);

export const DELETE_SYNONYM = graphql(`
  mutation DeleteSynonym($s: ID!, $t: String!) {
    deleteSynonym(segmentId: $s, term: $t) {
      term
    }
  }
`);
