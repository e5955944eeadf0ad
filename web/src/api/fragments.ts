import { graphql } from '../gql';
import type { FirmSummaryFragment } from '../gql/graphql';

/**
 * Selection sets that the operations of several views share, spread as `...Name` (docs/typed-operations.md: fragments
 * are not masked, so a fragment's fields are plain fields of each result). codegen reads them from these calls.
 */

/** A firm as lists, pickers and headers name it: who it is (and whether a 链主), then where it is (placeOf). */
graphql(`
  fragment FirmSummary on Enterprise {
    creditCode
    name
    chainLeader
    local
    county
    city
    province
  }
`);

/** A user as the app names it (the signed-in user, the admin's user list): who, role, the clusters an editor may change. */
graphql(`
  fragment UserFields on User {
    id
    username
    name
    role
    clusterIds
  }
`);

/** One year of a firm's recorded figures: what its profile shows and its edit panel edits. */
graphql(`
  fragment EnterpriseYearFigures on EnterpriseYear {
    year
    revenue
    rdSpend
    aboveScale
    srdiLevel
    highValuePatents
    smartFactory
    digitalTransformation
    greenList
    greenDiagnosis
  }
`);

/** A ranked 招商 target of a chain's gap report (the chain map's targets tab and the targets view). */
graphql(`
  fragment InvestmentTargetFields on InvestmentTarget {
    rank
    creditCode
    name
    city
    province
    segmentId
    segmentName
    stage
    segmentStatus
    inflow
    buyers
    reason
  }
`);

/** A cursor page's end: whether there is more, and the cursor to ask for it. */
graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);

export type FirmSummary = FirmSummaryFragment;
