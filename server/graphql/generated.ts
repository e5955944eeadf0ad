import type { GraphQLResolveInfo } from 'graphql';
import type { EnterpriseParent } from '../enterprises/types.js';
import type { UserView } from '../auth/service.js';
import type { SupplyLinkResult } from '../edits/service.js';
import type { ImportChangeRecord } from '../imports/changes.js';
import type { ChainGapReport as ChainGapReportModel, InvestmentTarget as InvestmentTargetModel } from '../gaps/service.js';
import type { SegmentHitRecord, SynonymRecord } from '../search/service.js';
import type { TargetListEntry as TargetListEntryRecord } from '../targets/service.js';
import type { RequestContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type About = {
  __typename?: 'About';
  dataSetLabel: Maybe<Scalars['String']['output']>;
  synthetic: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type AttractSegment = {
  __typename?: 'AttractSegment';
  localFirmsAfter: Scalars['Int']['output'];
  localFirmsBefore: Scalars['Int']['output'];
  localSupplyRatioAfter: Maybe<Scalars['Float']['output']>;
  localSupplyRatioBefore: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  segmentId: Scalars['ID']['output'];
  stage: Stage;
  statusAfter: GapStatus;
  statusBefore: GapStatus;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. targetList.create, enterprise.update, supplyLink.delete, user.disable, auth.signIn, import */
  action: Scalars['String']['output'];
  /** JSON; null for a deletion */
  after: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC) */
  at: Scalars['String']['output'];
  /** JSON; null for a creation */
  before: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** the user who made the change ('system' for start-up work, 'anonymous' for a failed sign-in of an unknown name) */
  userId: Scalars['String']['output'];
};

export type ChainComparison = {
  __typename?: 'ChainComparison';
  chainId: Scalars['ID']['output'];
  chainName: Scalars['String']['output'];
  /** every cluster following the chain, most complete first (then by id) */
  clusters: Array<ClusterOnChain>;
  /**
   * where one cluster is STRONG in a segment that another is not (a gap, MISSING or WEAK, or merely
   * COVERED): per segment in chain order, gaps first, then clusters in the order of clusters
   */
  peerStrengths: Array<PeerStrength>;
  scope: LocalScope;
  /** the chain's segments in chain order */
  segments: Array<ChainSegment>;
  /** the supply-link year compared (null when no cluster of the chain has supply links) */
  year: Maybe<Scalars['Int']['output']>;
  /** years with supply links into any of the clusters, latest first */
  years: Array<Scalars['Int']['output']>;
};

export type ChainEvolution = {
  __typename?: 'ChainEvolution';
  chainId: Maybe<Scalars['ID']['output']>;
  chainName: Maybe<Scalars['String']['output']>;
  clusterId: Scalars['ID']['output'];
  clusterName: Scalars['String']['output'];
  completenessFrom: Scalars['Float']['output'];
  completenessTo: Scalars['Float']['output'];
  fromYear: Scalars['Int']['output'];
  /** how many segments healed, opened and stayed gaps */
  gapsHealed: Scalars['Int']['output'];
  gapsNew: Scalars['Int']['output'];
  gapsPersistent: Scalars['Int']['output'];
  scope: LocalScope;
  /** the chain's segments in chain order */
  segments: Array<SegmentEvolution>;
  toYear: Scalars['Int']['output'];
};

export type ChainGapReport = {
  __typename?: 'ChainGapReport';
  /** the chain template the cluster follows (null: none, and then no segments) */
  chainId: Maybe<Scalars['ID']['output']>;
  /**
   * The chain's 链主 firms for this cluster (the firms a 断链推演 most often starts from): 链主 firms
   * operating in one of the chain's segments that are local or members of the cluster, present in
   * figuresYear; largest revenue of figuresYear first (without figures last), then credit code.
   */
  chainLeaders: Array<ChainLeader>;
  chainName: Maybe<Scalars['String']['output']>;
  clusterId: Scalars['ID']['output'];
  clusterName: Scalars['String']['output'];
  /** segments not MISSING / all segments (0 when the chain has no segments) */
  completeness: Scalars['Float']['output'];
  /** 延链: DOWNSTREAM segments with status MISSING */
  extensionOpportunities: Array<SegmentGap>;
  /** the year of the firms' figures (revenue, 专精特新): year when it is a real year, else the latest year the cluster's firms have */
  figuresYear: Maybe<Scalars['Int']['output']>;
  /** 补链/招商: outside suppliers of cluster firms in MISSING or WEAK segments, best first (empty for the viewer role: see investmentTargetsHidden) */
  investmentTargets: Array<InvestmentTarget>;
  /** true when the caller's role may not see investment targets (viewer): investmentTargets is then empty */
  investmentTargetsHidden: Scalars['Boolean']['output'];
  /** where a firm counted as local: the cluster's county, city or province */
  scope: LocalScope;
  /**
   * The cluster's firms operating in one of the chain's segments, with their figures of
   * figuresYear: largest revenue first (without figures last), then credit code; first (default
   * 20, at most 100) from offset (default 0). BAD_INPUT for a segment not in the chain.
   */
  segmentFirms: SegmentFirmPage;
  /** the chain's segments in chain order */
  segments: Array<SegmentGap>;
  /** how many single-source risks the report has in all (singleSourceRisks returns a page of them) */
  singleSourceRiskCount: Scalars['Int']['output'];
  /**
   * 固链 grouped by segment: the segments with single-source risks, largest value at stake first
   * (then chain order), each with its atRisk flag (the chain map's ⚠: the same rule); one page:
   * first (default 50, at most 1000) from offset (default 0).
   */
  singleSourceRiskSegments: Array<SingleSourceSegmentGroup>;
  /** how many single sources (suppliers) there are in all */
  singleSourceRiskSupplierCount: Scalars['Int']['output'];
  /**
   * 固链 grouped by supplier: each single source with the cluster firms that depend on it alone,
   * largest value at stake first (then more dependants, then credit code); one page as above.
   */
  singleSourceRiskSuppliers: Array<SingleSourceSupplierGroup>;
  /**
   * 固链: (buyer, segment) pairs where a cluster firm has exactly one supplier, largest value first
   * (then buyer code, then chain order); one page of them: first (default 50, at most 1000) from
   * offset (default 0). segmentId: only that segment's risks. singleSourceRiskCount (or the
   * segment's singleSourceRiskCount) is how many there are in all.
   */
  singleSourceRisks: Array<SingleSourceRisk>;
  /** the years with supply links into the cluster's firms, latest first (0 = links without a year): the years worth asking for */
  supplyYears: Array<Scalars['Int']['output']>;
  thresholds: GapThresholds;
  /** the supply-link year analysed (null when the cluster has no inbound supply links; 0 = links without a year) */
  year: Maybe<Scalars['Int']['output']>;
};


export type ChainGapReportSegmentFirmsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  segmentId: Scalars['ID']['input'];
};


export type ChainGapReportSingleSourceRiskSegmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ChainGapReportSingleSourceRiskSuppliersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ChainGapReportSingleSourceRisksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A 链主 firm of the chain (ChainGapReport.chainLeaders). */
export type ChainLeader = {
  __typename?: 'ChainLeader';
  /** a member of the report's cluster (else a local firm of another cluster or of none) */
  clusterMember: Scalars['Boolean']['output'];
  enterprise: Enterprise;
  /** revenue in figuresYear, 万元; null when unknown, and for roles that see only the band (viewer) */
  revenue: Maybe<Scalars['Float']['output']>;
  /** the revenue's size band, for every role */
  revenueBand: Maybe<Scalars['String']['output']>;
  /** the chain's segments it operates in, in chain order */
  segmentIds: Array<Scalars['ID']['output']>;
};

export type ChainSegment = {
  __typename?: 'ChainSegment';
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  segmentId: Scalars['ID']['output'];
  stage: Stage;
};

export type Cluster = {
  __typename?: 'Cluster';
  chainId: Maybe<Scalars['ID']['output']>;
  chainName: Maybe<Scalars['String']['output']>;
  county: Scalars['String']['output'];
  /** growth over the year before, % */
  growth: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  leadIndustry: Maybe<Scalars['String']['output']>;
  level: ClusterLevel;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** output in the latest year, 万元 */
  output: Maybe<Scalars['Float']['output']>;
  taxShare: Maybe<Scalars['Float']['output']>;
  /** latest year with figures */
  year: Maybe<Scalars['Int']['output']>;
};

export type ClusterLevel =
  | 'CITY'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type ClusterOnChain = {
  __typename?: 'ClusterOnChain';
  clusterId: Scalars['ID']['output'];
  clusterName: Scalars['String']['output'];
  completeness: Scalars['Float']['output'];
  county: Maybe<Scalars['String']['output']>;
  /** in chain order */
  segments: Array<ClusterSegmentStatus>;
};

export type ClusterSegmentStatus = {
  __typename?: 'ClusterSegmentStatus';
  clusterFirms: Scalars['Int']['output'];
  localFirms: Scalars['Int']['output'];
  localSupplyRatio: Maybe<Scalars['Float']['output']>;
  segmentId: Scalars['ID']['output'];
  status: GapStatus;
};

/** A collaboration (产学研合作) of a research institute with an enterprise. */
export type Collaboration = {
  __typename?: 'Collaboration';
  creditCode: Scalars['String']['output'];
  /** stable: COLLABORATES_WITH:<instituteId>><creditCode>:<kind>:<year> */
  id: Scalars['ID']['output'];
  institute: ResearchInstitute;
  /** JOINT_RD, CO_PATENT or TALENT */
  kind: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  /** 0 when the year is not known */
  year: Scalars['Int']['output'];
};

export type CollaborationInput = {
  creditCode: Scalars['String']['input'];
  instituteId: Scalars['ID']['input'];
  /** JOINT_RD, CO_PATENT or TALENT (or the Chinese word) */
  kind: Scalars['String']['input'];
  /** 项目名称, at most 200 characters */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 0 or absent when not known, else 1900 to 2100 */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CollaborationKeyInput = {
  creditCode: Scalars['String']['input'];
  instituteId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type County = {
  __typename?: 'County';
  clusterCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  output: Scalars['Float']['output'];
};

export type CreateUserInput = {
  clusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 10–128 characters; generated when left out */
  password?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  /** 2–40 characters: lower-case letters, digits, . _ - */
  username: Scalars['String']['input'];
};

export type Direction =
  | 'BOTH'
  | 'DOWNSTREAM'
  | 'UPSTREAM';

/** Whether the caller may edit something, and why not. */
export type EditScope = {
  __typename?: 'EditScope';
  allowed: Scalars['Boolean']['output'];
  /** Chinese first, English in brackets; null when allowed */
  reason: Maybe<Scalars['String']['output']>;
};

/** An enterprise (企业), keyed by its unified social credit code (统一社会信用代码). */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** 链主 */
  chainLeader: Scalars['Boolean']['output'];
  city: Maybe<Scalars['String']['output']>;
  /** clusters it is a member of */
  clusters: Array<Cluster>;
  /** its collaborations with research institutes (产学研), newest year first */
  collaborations: Array<Collaboration>;
  county: Maybe<Scalars['String']['output']>;
  creditCode: Scalars['String']['output'];
  /** distinct firms it supplies (any year) */
  customerCount: Scalars['Int']['output'];
  /** year dissolved or moved away (注销/迁出): the firm no longer counts from this year on; null while present */
  dissolved: Maybe<Scalars['Int']['output']>;
  /** whether the caller may edit this firm and, when not, why (as the server would refuse it) */
  editScope: EditScope;
  /** year founded */
  founded: Maybe<Scalars['Int']['output']>;
  /** the credit code again, as the `id` a normalising client cache keys objects by */
  id: Scalars['ID']['output'];
  /** located in the city (本地) */
  local: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** text of the products it supplies (what search matches besides the name) */
  products: Maybe<Scalars['String']['output']>;
  province: Maybe<Scalars['String']['output']>;
  /**
   * Its recent changes from the audit log, newest first, with who made them (display names): its
   * own edits, its yearly figures, its supply links and collaborations. first: 1-50, default 10.
   * Viewers see who and what, without the money figures (revenue, R&D, supply values).
   */
  recentChanges: Array<EnterpriseChange>;
  /** chain segments it operates in, in chain order */
  segments: Array<Segment>;
  /** 专精特新 level in the latest year that has one */
  srdiLevel: Maybe<SrdiLevel>;
  /** distinct firms supplying it (any year) */
  supplierCount: Scalars['Int']['output'];
  /**
   * Its supply links, in (it buys) and out (it supplies): newest year first, then the largest value.
   * direction: UPSTREAM (in), DOWNSTREAM (out), BOTH (default). first: 1-500, default 100.
   */
  supplyLinks: Array<SupplyLink>;
  updatedAt: Maybe<Scalars['String']['output']>;
  /** who last changed it through the API, and when (ISO date-time) */
  updatedBy: Maybe<Scalars['String']['output']>;
  /** display name of who last changed it in the app */
  updatedByName: Maybe<Scalars['String']['output']>;
  /** counts its changes (edits and imports); pass it as expectedVersion when editing */
  version: Scalars['Int']['output'];
  /** yearly figures, oldest first */
  years: Array<EnterpriseYear>;
};


/** An enterprise (企业), keyed by its unified social credit code (统一社会信用代码). */
export type EnterpriseRecentChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise (企业), keyed by its unified social credit code (统一社会信用代码). */
export type EnterpriseSupplyLinksArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One change of a firm, from the audit log. */
export type EnterpriseChange = {
  __typename?: 'EnterpriseChange';
  /** e.g. enterprise.update, enterpriseYear.upsert, supplyLink.delete, collaboration.add, enterprise.segment */
  action: Scalars['String']['output'];
  /** JSON; null for a deletion */
  after: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC) */
  at: Scalars['String']['output'];
  /** JSON; null for a creation */
  before: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  /** the display name of who made it (the user id when the account is gone) */
  userName: Scalars['String']['output'];
};

export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  edges: Array<EnterpriseEdge>;
  /** the search words that synonyms widened, with the synonyms searched too */
  expandedWords: Array<ExpandedWord>;
  pageInfo: PageInfo;
  /** true when there are more matches than totalCount (shown as 1,000+) */
  totalCapped: Scalars['Boolean']['output'];
  /** all matches (every page), exact when totalCapped is false; else the cap (1,000): there are more */
  totalCount: Scalars['Int']['output'];
};

export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** opaque: pass as `after` to get the results after this one */
  cursor: Scalars['String']['output'];
  /** the firm's products that contain a search word or one of its synonyms (why a product search found it) */
  matchedProducts: Array<Scalars['String']['output']>;
  node: Enterprise;
  /** full-text relevance (higher is better); 0 for a match by credit code only */
  score: Scalars['Float']['output'];
};

/** Changes to an enterprise: only the fields given are changed. */
export type EnterpriseInput = {
  /** cannot be null */
  chainLeader?: InputMaybe<Scalars['Boolean']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** replaces its cluster memberships (ids of existing clusters) */
  clusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 区县: for a local firm one of the city's counties (or one already in the database) */
  county?: InputMaybe<Scalars['String']['input']>;
  /** between 1800 and the current year */
  founded?: InputMaybe<Scalars['Int']['input']>;
  /** cannot be null */
  local?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 200 characters; cannot be null */
  name?: InputMaybe<Scalars['String']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  /** replaces its segments (ids of existing segments) */
  segmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An enterprise's figures for one year (money in 万元; null = unknown). */
export type EnterpriseYear = {
  __typename?: 'EnterpriseYear';
  /** 规上 */
  aboveScale: Maybe<Scalars['Boolean']['output']>;
  /** 智改数转 */
  digitalTransformation: Maybe<Scalars['Boolean']['output']>;
  /** 绿色（节能）诊断 */
  greenDiagnosis: Maybe<Scalars['Boolean']['output']>;
  /** 绿色制造名单 */
  greenList: Maybe<Scalars['Boolean']['output']>;
  highValuePatents: Maybe<Scalars['Int']['output']>;
  /** 研发投入强度, % (rdSpend / revenue × 100), for every role; null without both figures or with no revenue */
  rdIntensity: Maybe<Scalars['Float']['output']>;
  /**
   * 研发投入, 万元; null when unknown, and for the viewer role: with rdIntensity it would give the
   * exact revenue back, so viewers see rdIntensity only
   */
  rdSpend: Maybe<Scalars['Float']['output']>;
  /** 营业收入, 万元; null for the viewer role, who sees revenueBand only */
  revenue: Maybe<Scalars['Float']['output']>;
  /** the size band of revenue, e.g. 1–5亿 (every role) */
  revenueBand: Maybe<Scalars['String']['output']>;
  /** 智能工厂 / 数字车间 */
  smartFactory: Maybe<Scalars['Boolean']['output']>;
  srdiLevel: Maybe<SrdiLevel>;
  /** counts the changes of this year's figures; pass it as expectedVersion when editing */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** Changes to one year's figures: only the fields given are changed; null clears one. */
export type EnterpriseYearInput = {
  aboveScale?: InputMaybe<Scalars['Boolean']['input']>;
  digitalTransformation?: InputMaybe<Scalars['Boolean']['input']>;
  greenDiagnosis?: InputMaybe<Scalars['Boolean']['input']>;
  greenList?: InputMaybe<Scalars['Boolean']['input']>;
  /** a whole number >= 0 */
  highValuePatents?: InputMaybe<Scalars['Int']['input']>;
  /** 研发投入, 万元, >= 0 */
  rdSpend?: InputMaybe<Scalars['Float']['input']>;
  /** 营业收入, 万元, >= 0 */
  revenue?: InputMaybe<Scalars['Float']['input']>;
  smartFactory?: InputMaybe<Scalars['Boolean']['input']>;
  srdiLevel?: InputMaybe<SrdiLevel>;
};

/** A search word and the synonyms (同义词) it was widened with. */
export type ExpandedWord = {
  __typename?: 'ExpandedWord';
  alternatives: Array<Scalars['String']['output']>;
  word: Scalars['String']['output'];
};

export type GapStatus =
  | 'COVERED'
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

/** The thresholds a report was computed with. */
export type GapThresholds = {
  __typename?: 'GapThresholds';
  singlePointShare: Scalars['Float']['output'];
  singleSourceShare: Scalars['Float']['output'];
  strongLocalSupplyRatio: Scalars['Float']['output'];
  strongMinLocalFirms: Scalars['Int']['output'];
  weakLocalSupplyRatio: Scalars['Float']['output'];
};

/** Chain-gap thresholds; ratios in [0, 1], strongMinLocalFirms >= 0. Omitted ones take the defaults. */
export type GapThresholdsInput = {
  /** topSupplierShare at or above this flags a single point of failure (default 0.6) */
  singlePointShare?: InputMaybe<Scalars['Float']['input']>;
  /** a segment whose single-source purchases are at least this share of its inflow is a 固链 risk (⚠; default 0.5) */
  singleSourceShare?: InputMaybe<Scalars['Float']['input']>;
  /** at or above this ratio (with enough local firms and a 专精特新 or 链主 among them) a segment is STRONG (default 0.7) */
  strongLocalSupplyRatio?: InputMaybe<Scalars['Float']['input']>;
  /** minimum local firms for STRONG (default 5) */
  strongMinLocalFirms?: InputMaybe<Scalars['Int']['input']>;
  /** below this local supply ratio a segment with local firms is WEAK (default 0.3) */
  weakLocalSupplyRatio?: InputMaybe<Scalars['Float']['input']>;
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** COLLABORATES_WITH: JOINT_RD, CO_PATENT or TALENT */
  collaborationKind: Maybe<Scalars['String']['output']>;
  /**
   * stable, from the edge's key: SUPPLIES:<supplier>><buyer>:<segmentId>,
   * COLLABORATES_WITH:<institute>><creditCode>:<kind>:<year>, SERVES:<platform>><node id of the cluster or enterprise>,
   * HOSTED_BY:<platform>><creditCode>
   */
  id: Scalars['ID']['output'];
  /** SUPPLIES, COLLABORATES_WITH, SERVES or HOSTED_BY */
  kind: Scalars['String']['output'];
  /** SUPPLIES: the product */
  product: Maybe<Scalars['String']['output']>;
  /** SUPPLIES: the segment of the product */
  segmentId: Maybe<Scalars['ID']['output']>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** COLLABORATES_WITH: the project's title */
  title: Maybe<Scalars['String']['output']>;
  /** SUPPLIES: annual value, 万元; null for the viewer role, who sees valueBand only */
  value: Maybe<Scalars['Float']['output']>;
  /** SUPPLIES: the size band of value, e.g. 2000万以下 (every role) */
  valueBand: Maybe<Scalars['String']['output']>;
  /** SUPPLIES: the latest year of the link; COLLABORATES_WITH: its year (0 = unknown) */
  year: Maybe<Scalars['Int']['output']>;
};

export type GraphNode = {
  __typename?: 'GraphNode';
  /** collaboration network: normalised betweenness centrality in [0, 1] */
  centrality: Maybe<Scalars['Float']['output']>;
  /** enterprises: 链主 (a chain's lead firm) */
  chainLeader: Maybe<Scalars['Boolean']['output']>;
  /** enterprises: clusters it is a member of */
  clusterIds: Maybe<Array<Scalars['ID']['output']>>;
  /** collaboration network: community number (0 = the largest) */
  community: Maybe<Scalars['Int']['output']>;
  creditCode: Maybe<Scalars['String']['output']>;
  /** supply views: hops from the centre (0 = the centre); paths: position on the path */
  depth: Maybe<Scalars['Int']['output']>;
  /** an enterprise's credit code; `institute:<id>`, `platform:<id>` or `cluster:<id>` for the others */
  id: Scalars['ID']['output'];
  /** ENTERPRISE, INSTITUTE, PLATFORM or CLUSTER */
  kind: Scalars['String']['output'];
  /** the name */
  label: Scalars['String']['output'];
  /** enterprises: located in the city */
  local: Maybe<Scalars['Boolean']['output']>;
  /** enterprises: revenue in the latest year that has one, 万元; null for the viewer role */
  revenue: Maybe<Scalars['Float']['output']>;
  /** enterprises: the size band of that revenue, e.g. 1–5亿 (every role) */
  revenueBand: Maybe<Scalars['String']['output']>;
  /** enterprises: its first segment in chain order */
  segmentId: Maybe<Scalars['ID']['output']>;
  /** enterprises: that segment's name */
  segmentName: Maybe<Scalars['String']['output']>;
  /** enterprises: 专精特新 level in the latest year that has one */
  srdiLevel: Maybe<SrdiLevel>;
};

/** A graph for Cytoscape: ids are stable and come from the database. */
export type GraphView = {
  __typename?: 'GraphView';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** the most central nodes, most central first (collaboration network; empty where centrality is not computed) */
  topActors: Array<GraphNode>;
  totalEdges: Scalars['Int']['output'];
  /** nodes and edges of the whole answer before the cap */
  totalNodes: Scalars['Int']['output'];
  /** true when nodes (and so edges) were capped; the totals then exceed what is returned */
  truncated: Scalars['Boolean']['output'];
};


/** A graph for Cytoscape: ids are stable and come from the database. */
export type GraphViewTopActorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ImportChange = {
  __typename?: 'ImportChange';
  /** JSON, as the import left it */
  after: Maybe<Scalars['String']['output']>;
  /** JSON {props, and the links the row owns}; null for a created row */
  before: Maybe<Scalars['String']['output']>;
  /** the import file: chains, segments, clusters, cluster_years, enterprises, enterprise_years, institutes, platforms, supply_links, collaborations */
  file: Scalars['String']['output'];
  /** the entity's key (an id, a credit code, or the parts of a link's key joined by |) */
  key: Scalars['String']['output'];
  /** CREATED or UPDATED */
  op: ImportChangeOp;
  /** the spreadsheet row (the header is row 1) */
  row: Maybe<Scalars['Int']['output']>;
};

export type ImportChangeConnection = {
  __typename?: 'ImportChangeConnection';
  edges: Array<ImportChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImportChangeEdge = {
  __typename?: 'ImportChangeEdge';
  cursor: Scalars['String']['output'];
  node: ImportChange;
};

export type ImportChangeOp =
  | 'CREATED'
  | 'UPDATED';

export type ImportUndoResult = {
  __typename?: 'ImportUndoResult';
  /** the undo's own audit entry */
  auditEntryId: Scalars['ID']['output'];
  /** rows the import had created, now deleted */
  deleted: Scalars['Int']['output'];
  importId: Scalars['ID']['output'];
  /** rows put back to their values before the import */
  restored: Scalars['Int']['output'];
};

export type Indicator = {
  __typename?: 'Indicator';
  /** the value computed for the baseline year; null when the data have no figures for it */
  baseline: Maybe<Scalars['Float']['output']>;
  /** 2023 */
  baselineYear: Scalars['Int']['output'];
  /** how the value is computed from the data (Chinese) */
  description: Scalars['String']['output'];
  descriptionEn: Scalars['String']['output'];
  /** stable key, e.g. national_clusters, rd_intensity */
  key: Scalars['String']['output'];
  /** Chinese label */
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  /** value >= target; null when either is unknown */
  met: Maybe<Scalars['Boolean']['output']>;
  /** the figure as the policy states it: 3 clusters, +100 firms, +20 (%), 5 (%), 10 (% a year) */
  policyTarget: Scalars['Float']['output'];
  /** 0 at the baseline (or nothing), 1 at the target, above 1 beyond it; see TargetKind */
  progress: Maybe<Scalars['Float']['output']>;
  /** the value to reach by 2026, in the same unit (baseline-based for DELTA and GROWTH) */
  target: Maybe<Scalars['Float']['output']>;
  targetKind: TargetKind;
  /** 2026 */
  targetYear: Scalars['Int']['output'];
  /** the value of every year with figures up to the dashboard's year, for charts */
  trend: Array<IndicatorPoint>;
  /** Chinese unit of baseline, value and target: 个, 家, %, 万元 */
  unit: Scalars['String']['output'];
  unitEn: Scalars['String']['output'];
  /** the value computed for the dashboard's year; null when it cannot be computed (e.g. no revenue, no previous patent year) */
  value: Maybe<Scalars['Float']['output']>;
};

export type IndicatorChange = {
  __typename?: 'IndicatorChange';
  /** how the change was worked out (Chinese) */
  basis: Scalars['String']['output'];
  basisEn: Scalars['String']['output'];
  /** the change in the indicator's value (firms, clusters or 万元) */
  change: Scalars['Float']['output'];
  /** the dashboard indicator's key (targetDashboard) */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  unitEn: Scalars['String']['output'];
};

export type IndicatorPoint = {
  __typename?: 'IndicatorPoint';
  value: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type InvestmentTarget = {
  __typename?: 'InvestmentTarget';
  /** distinct cluster firms it supplies in this segment */
  buyers: Scalars['Int']['output'];
  city: Maybe<Scalars['String']['output']>;
  creditCode: Scalars['String']['output'];
  /** its supply into the cluster's firms in this segment in the year, 万元 */
  inflow: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** the target lists the firm is already on, with its status there (most recently changed list first) */
  onLists: Array<TargetListMembership>;
  province: Maybe<Scalars['String']['output']>;
  /** 1-based rank in the list */
  rank: Scalars['Int']['output'];
  /** why it is a target, in Chinese */
  reason: Scalars['String']['output'];
  /** the same reason in English (segment names stay as recorded) */
  reasonEn: Scalars['String']['output'];
  segmentId: Scalars['ID']['output'];
  segmentName: Scalars['String']['output'];
  segmentStatus: GapStatus;
  stage: Stage;
};

/**
 * Where a firm counts as local (本地) to a cluster: the same county (县域), the same city (市域, the
 * default) or the same province (省域) as the cluster.
 */
export type LocalScope =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

/** A local firm of a segment that could supply the cluster instead of an outside or single source. */
export type LocalSubstitute = {
  __typename?: 'LocalSubstitute';
  /** a member of the cluster itself */
  clusterMember: Scalars['Boolean']['output'];
  enterprise: Enterprise;
  /** revenue in the year, 万元; null when unknown, and for roles that see only the band (viewer) */
  revenue: Maybe<Scalars['Float']['output']>;
  revenueBand: Maybe<Scalars['String']['output']>;
  srdiLevel: Maybe<SrdiLevel>;
  /** its supply into the cluster's firms in this segment in the year, 万元 (0 when none); null for roles that see no exact firm figures (viewer) */
  suppliedValue: Maybe<Scalars['Float']['output']>;
  /** it already supplies a cluster firm in this segment in the year */
  suppliesCluster: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a collaboration (key: institute, enterprise, kind, year; year 0 or absent when unknown),
   * or retitles the one with that key. Unknown institute or enterprise: BAD_INPUT.
   */
  addCollaboration: Collaboration;
  /**
   * Adds a firm (which must exist: NOT_FOUND otherwise) to the list with status IDENTIFIED.
   * A firm already in the list is CONFLICT: the list is not changed (remove it first to re-add it).
   */
  addTargetToList: TargetListEntry;
  /** Changes the caller's own password (10–128 characters); ends their other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** A new, empty list. name 1–100 characters, note at most 2000; an unknown cluster is NOT_FOUND. */
  createTargetList: TargetList;
  /**
   * Creates an account (admins). Without a password one is generated and returned once in
   * `password`. clusterIds: the clusters an editor may change.
   */
  createUser: UserWithPassword;
  /**
   * Deletes the supply link with this key and returns it as it was. The deletion is recorded on
   * both firms (updatedBy / updatedAt) and the supplier's products text is rebuilt.
   * NOT_FOUND when there is no such link. expectedVersion: as for upsertSupplyLink.
   */
  deleteSupplyLink: SupplyLink;
  /** Removes a synonym; returns it as it was. NOT_FOUND when there is none. Editors and admins. */
  deleteSynonym: Synonym;
  /** Deletes the list with its entries and their history; NOT_FOUND when there is none. */
  deleteTargetList: Scalars['Boolean']['output'];
  /** Removes the collaboration with this key and returns it as it was; NOT_FOUND when there is none. */
  removeCollaboration: Collaboration;
  /** Removes a firm and its history from the list; returns the list. NOT_FOUND when it is not in the list. */
  removeTargetFromList: TargetList;
  renameTargetList: TargetList;
  /** Sets a new password (generated and returned once when none is given) and ends the user's sessions (admins). */
  resetUserPassword: UserWithPassword;
  /**
   * Adds a synonym to a segment's dictionary, or changes the canonical word of one (key: segmentId,
   * term). Editors and admins. A word is 1 to 30 letters, digits, spaces or · - . / ( ) after
   * normalising (full-width to ASCII); term and canonical must differ. BAD_INPUT otherwise;
   * NOT_FOUND for an unknown segment. Recorded in the audit log.
   */
  saveSynonym: Synonym;
  /**
   * Puts a firm in a chain segment (member: true) or takes it out (false), as on the chain map's
   * segment panel. Counts as a change of the firm (its version). expectedVersion: as for
   * updateEnterprise. Unknown segment: BAD_INPUT; unknown firm: NOT_FOUND.
   */
  setEnterpriseSegment: Enterprise;
  /**
   * Moves a firm to another pipeline status (any status may follow any other) and appends the change
   * to its history. `date` is the business date (YYYY-MM-DD) of the change, e.g. the signing day.
   */
  setTargetStatus: TargetListEntry;
  /** Disables (ending its sessions at once) or enables an account (admins). */
  setUserDisabled: User;
  /**
   * Signs in: sets the httpOnly session cookie and returns the user. A wrong user name or password
   * is UNAUTHENTICATED (the same answer for both); too many attempts from one address for one user
   * name (10 per 15 minutes) are LIMIT_EXCEEDED. Public.
   */
  signIn: User;
  /** Ends the current session and clears the cookie. true when there was one. */
  signOut: Scalars['Boolean']['output'];
  /**
   * Undoes an import: every row it created is deleted (with the links it owns) and every row it
   * changed gets its previous values and links back, in one transaction, audited as
   * "import.undo". CONFLICT, naming the rows, when a row was changed again after the import or a
   * row it created is now referred to by other data, or when the import was already undone;
   * LIMIT_EXCEEDED over 150,000 changed rows; NOT_FOUND for an unknown import. Admins only.
   */
  undoImport: ImportUndoResult;
  /**
   * Changes an enterprise's own properties: fields left out stay as they are; optional fields set
   * to null are cleared. clusterIds / segmentIds, when given, replace its memberships (each must
   * exist). Records updatedBy / updatedAt. NOT_FOUND when the enterprise is unknown; BAD_INPUT
   * for a malformed code, an invalid value or an unknown cluster, segment or county.
   * expectedVersion: the version the change was made from (Enterprise.version); CONFLICT, changing
   * nothing, when the firm has changed since (see server/edits/schema.graphql).
   */
  updateEnterprise: Enterprise;
  /** Changes name, role or assigned clusters (admins). The last enabled admin keeps the role (CONFLICT). */
  updateUser: User;
  /**
   * Creates or changes one year's figures of an enterprise: fields left out stay as they are,
   * fields set to null are cleared. Values as the importer accepts them (money >= 0, patents a
   * whole number >= 0, year 1900-2100). expectedVersion: the year's version the change was made
   * from (0 for a year not there yet); CONFLICT when it differs. NOT_FOUND for an unknown firm.
   */
  upsertEnterpriseYear: EnterpriseYear;
  /**
   * Creates or replaces the supply link with the key (supplier, buyer, segment, year), validated
   * as the importer does: valid and different credit codes of existing enterprises, an existing
   * segment, a non-negative value. Records updatedBy / updatedAt on the link and rebuilds the
   * supplier's products search text from its links. Unknown references are BAD_INPUT.
   * expectedVersion: the link's version the change was made from (0: a new link); CONFLICT when it differs.
   */
  upsertSupplyLink: SupplyLink;
};


export type MutationAddCollaborationArgs = {
  input: CollaborationInput;
};


export type MutationAddTargetToListArgs = {
  creditCode: Scalars['String']['input'];
  listId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateTargetListArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteSupplyLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  key: SupplyLinkKeyInput;
};


export type MutationDeleteSynonymArgs = {
  segmentId: Scalars['ID']['input'];
  term: Scalars['String']['input'];
};


export type MutationDeleteTargetListArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveCollaborationArgs = {
  key: CollaborationKeyInput;
};


export type MutationRemoveTargetFromListArgs = {
  creditCode: Scalars['String']['input'];
  listId: Scalars['ID']['input'];
};


export type MutationRenameTargetListArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  newPassword?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveSynonymArgs = {
  canonical: Scalars['String']['input'];
  segmentId: Scalars['ID']['input'];
  term: Scalars['String']['input'];
};


export type MutationSetEnterpriseSegmentArgs = {
  creditCode: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  member: Scalars['Boolean']['input'];
  segmentId: Scalars['ID']['input'];
};


export type MutationSetTargetStatusArgs = {
  creditCode: Scalars['String']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
  listId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: PipelineStatus;
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationUndoImportArgs = {
  importId: Scalars['ID']['input'];
};


export type MutationUpdateEnterpriseArgs = {
  creditCode: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: EnterpriseInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpsertEnterpriseYearArgs = {
  creditCode: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: EnterpriseYearInput;
  year: Scalars['Int']['input'];
};


export type MutationUpsertSupplyLinkArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: SupplyLinkInput;
};

export type Overview = {
  __typename?: 'Overview';
  /** local firms that are members of at least one cluster */
  clusterFirms: Scalars['Int']['output'];
  clusters: Scalars['Int']['output'];
  counties: Scalars['Int']['output'];
  enterprises: Scalars['Int']['output'];
  institutes: Scalars['Int']['output'];
  national: Scalars['Int']['output'];
  platforms: Scalars['Int']['output'];
  /** clusters at provincial level or above (the policy counts cumulatively) */
  provincialOrAbove: Scalars['Int']['output'];
  supplyLinks: Scalars['Int']['output'];
};

/**
 * Relay-style page information for cursor pagination (docs/api-conventions.md). Pages go forward
 * (first/after); cursors are opaque: pass one back as `after` of the same list, anything else is
 * BAD_INPUT.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** the cursor of the page's last edge; null on an empty page */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** whether the page starts after the beginning of the list (an `after` was given) */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** the cursor of the page's first edge; null on an empty page */
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PeerStrength = {
  __typename?: 'PeerStrength';
  lackingClusterId: Scalars['ID']['output'];
  lackingClusterName: Scalars['String']['output'];
  /** MISSING or WEAK (a gap), or COVERED */
  lackingStatus: GapStatus;
  segmentId: Scalars['ID']['output'];
  segmentName: Scalars['String']['output'];
  strongClusterId: Scalars['ID']['output'];
  strongClusterName: Scalars['String']['output'];
};

/** Where a target firm stands in the investment-promotion (招商) pipeline. */
export type PipelineStatus =
  /** 已接洽 */
  | 'CONTACTED'
  /** 已放弃 */
  | 'DROPPED'
  /** 已识别 */
  | 'IDENTIFIED'
  /** 已落地 */
  | 'LANDED'
  /** 洽谈中 */
  | 'NEGOTIATING'
  /** 已签约 */
  | 'SIGNED';

export type PipelineStatusCount = {
  __typename?: 'PipelineStatusCount';
  count: Scalars['Int']['output'];
  status: PipelineStatus;
};

/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type Query = {
  __typename?: 'Query';
  /** Server version and data set label (the default data set is synthetic). */
  about: About;
  /**
   * The audit log, newest first: every write with who, when, what, and the state before and after
   * (JSON). Filters: userId, entity (TargetList, TargetListEntry, Enterprise, SupplyLink, User,
   * Session, Import). first: 1–200 (default 50). Admins only.
   */
  auditLog: AuditConnection;
  /**
   * Every cluster following a chain, segment by segment, with the values chainGapReport gives for
   * that cluster and year. year: default the latest year with supply links into any of them.
   * scope: as chainGapReport's, each cluster judged at its own county, city or province.
   */
  chainComparison: Maybe<ChainComparison>;
  /**
   * What changed in a cluster's chain between two years (since 2023): each year's figures are what
   * chainGapReport(year:) gives for that year. Both years must be years with supply links into the
   * cluster (chainGapReport's supplyYears); fromYear <= toYear. scope: as chainGapReport's.
   */
  chainEvolution: Maybe<ChainEvolution>;
  /**
   * Chain-gap analysis (补链/延链/固链) of a cluster's chain, computed in the database.
   * year: the supply-link year to analyse; default the latest year among the cluster's inbound
   * supply links. thresholds: any left out take the defaults; the ones used are in the report.
   * scope: where a firm counts as local (the cluster's county, city or province; default CITY).
   */
  chainGapReport: Maybe<ChainGapReport>;
  /** The segments of these chains (at most 50), in chain order: the choices of a firm's segments. */
  chainSegments: Array<Segment>;
  cluster: Maybe<Cluster>;
  /** Clusters, filtered by county and level; ordered by county, then output. */
  clusters: Array<Cluster>;
  /**
   * Collaboration network (产学研 and services): enterprises, research institutes, service platforms
   * and the clusters platforms serve, linked by COLLABORATES_WITH (institute → enterprise; kind, year),
   * SERVES (platform → cluster or enterprise) and HOSTED_BY (platform → host enterprise) edges. Only actors with at
   * least one such tie appear. clusterId: the cluster's member firms, their partners, and the
   * platforms serving the cluster or hosted by or serving its members. year: collaborations of that
   * year only, platforms established by then (or of unknown date). At most 500 nodes (the best
   * connected) with `truncated` and the true totals. Every node has `community` (Louvain) and
   * `centrality` (normalised betweenness), computed on the returned graph; `topActors` lists the
   * most central. NOT_FOUND for an unknown cluster; BAD_INPUT for a year outside 1900 to 2100.
   */
  collaborationNetwork: Maybe<GraphView>;
  /** Counties (区县) with their clusters, for the panorama. */
  counties: Array<County>;
  /** One enterprise by its credit code (lower case accepted); null when unknown, BAD_INPUT when malformed. */
  enterprise: Maybe<Enterprise>;
  /**
   * The rows one import created or changed (the per-row audit), in file and row order: each with
   * its file, spreadsheet row, key and its state before and after the import (JSON). importId is
   * the id of the import's entry in auditLog (entity "Import"). first: 1–500 (default 50). Admins only.
   */
  importChanges: ImportChangeConnection;
  /**
   * 本市可替代企业: local firms present in the year that operate in the segment, those not yet
   * supplying the cluster in it first, then by revenue (largest first), then credit code.
   * year: default the cluster's latest supply year; first: default 10, at most 100. scope: local
   * at the cluster's county, city (default) or province, as chainGapReport's.
   */
  localSubstitutes: Array<LocalSubstitute>;
  /** The signed-in user; null when not signed in (no error). Public. */
  me: Maybe<User>;
  /** Counts of what the database holds (clusters, firms, platforms, links). */
  overview: Maybe<Overview>;
  /** Research institutes (高校及科研机构) by name: the choices of a collaboration. */
  researchInstitutes: Array<ResearchInstitute>;
  /**
   * Search everywhere: Chinese names and products (full-text index `enterprise_search_chars`,
   * standard analyzer: every Han character is a term, so a single character such as 钢 is a query)
   * and credit codes. The text is normalised first (full-width to ASCII, whitespace runs to one
   * space). Every whitespace-separated word must match, as a phrase (so a Chinese fragment matches
   * where it occurs in a name or product), or the words written together (so "钢 球" finds 钢球).
   * Each word is widened by the segments' synonym dictionaries (保持架 also finds 保持器; see
   * `synonyms`). A query of 4 to 18 characters from the credit-code alphabet also matches credit
   * codes by prefix. Order: the exact credit code first, then credit-code prefix matches, then by
   * relevance (a name counts more than a product, the word typed more than a synonym); equal
   * relevance by credit code within each block of 1,000 results.
   * query: 1 to 100 characters after normalising (BAD_INPUT otherwise). first: 1 to 100, default 20.
   * after: a cursor from a previous page (BAD_INPUT when it is not one). Filters (all must hold):
   * county (区县), clusterId (member of), local (本地 / 外地), segmentId (operates in that chain
   * segment), chainLeader (链主 or not), srdiLevels (专精特新: the level of the latest year that has
   * one is one of these; a firm without any level matches none; at least one level).
   * totalCount is exact up to 1,000 matches; beyond, it is 1,000 and totalCapped is true.
   */
  searchEnterprises: EnterpriseConnection;
  /**
   * Chain segments (环节) a search text finds, beside the firms of searchEnterprises: the name
   * contains the text (spaces removed) or every word, or the segment's synonym dictionary has a word.
   * Exact names first, then names containing the text, in chain order; at most 8. Each with its
   * chain, the clusters that follow the chain (links to the chain map), its local firms and 链主 firms.
   * query: as for searchEnterprises (BAD_INPUT when empty or too long).
   */
  searchSegments: Array<SegmentHit>;
  /**
   * A firm's suppliers (UPSTREAM: suppliers, their suppliers, ...), customers (DOWNSTREAM) or both
   * (BOTH: the union of the two, not an undirected walk), hop by hop up to `depth` (1 to 3;
   * BAD_INPUT otherwise). Supply links of all years are used, one edge per (supplier, buyer,
   * segment) carrying its latest year's value and product. Edges are every such link between two
   * nodes of the view. At most 500 nodes (nearest first, then the largest supply flow from the level
   * before, then by credit code): beyond that `truncated` is true and totalNodes / totalEdges tell
   * the whole neighbourhood.
   * NOT_FOUND for an unknown firm, BAD_INPUT for a malformed credit code.
   */
  supplyNeighborhood: Maybe<GraphView>;
  /**
   * The shortest supply path between two firms, at most 6 links: first along the supply direction
   * either way round (from supplies ... supplies to, else to supplies ... supplies from); when there
   * is none, ignoring direction. Nodes go from `from` (depth 0) to `to`; edges keep their real
   * supplier → buyer direction, so the client can tell. null when the firms are not connected
   * within 6 links. NOT_FOUND for an unknown firm, BAD_INPUT for a malformed or repeated code.
   */
  supplyPath: Maybe<GraphView>;
  /** The synonym dictionaries (同义词): one segment's, or every segment's when segmentId is left out. */
  synonyms: Array<Synonym>;
  /**
   * The 2026 targets of the cluster work plan (policy section 二): every indicator's 2023 baseline,
   * its value in `year`, the target, progress and whether it is met. `year` defaults to the latest
   * year with figures; a year outside 1900–2100 or without figures in the data is BAD_INPUT.
   */
  targetDashboard: Maybe<TargetDashboard>;
  /** One target list; null when there is none with this id. */
  targetList: Maybe<TargetList>;
  /** 招商 target lists, most recently changed first; only those of one cluster when `clusterId` is given. */
  targetLists: Array<TargetList>;
  /** Every account, by user name. Admins only. */
  users: Array<User>;
  /**
   * What-if: remove firms (credit codes, at most 200) and see which of the cluster's firms are cut
   * off, wave by wave: a firm is cut off when, for some segment it buys in the year, every supplier
   * of that segment is removed or cut off.
   */
  whatIf: Maybe<WhatIfResult>;
  /**
   * 若引进此企业: the chain as if each named firm (credit codes, at most 20, none already local)
   * set up in the cluster's region as a member of the cluster, so its supply into the cluster's
   * firms counts as local. Nothing is written. scope: as chainGapReport's ("already local" too).
   */
  whatIfAttract: Maybe<WhatIfAttractResult>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryChainComparisonArgs = {
  chainId: Scalars['ID']['input'];
  scope?: InputMaybe<LocalScope>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryChainEvolutionArgs = {
  clusterId: Scalars['ID']['input'];
  fromYear: Scalars['Int']['input'];
  scope?: InputMaybe<LocalScope>;
  toYear: Scalars['Int']['input'];
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryChainGapReportArgs = {
  clusterId: Scalars['ID']['input'];
  scope?: InputMaybe<LocalScope>;
  thresholds?: InputMaybe<GapThresholdsInput>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryChainSegmentsArgs = {
  chainIds: Array<Scalars['ID']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryClustersArgs = {
  county?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<ClusterLevel>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryCollaborationNetworkArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryEnterpriseArgs = {
  creditCode: Scalars['String']['input'];
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryImportChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  importId: Scalars['ID']['input'];
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryLocalSubstitutesArgs = {
  clusterId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<LocalScope>;
  segmentId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QuerySearchEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  chainLeader?: InputMaybe<Scalars['Boolean']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  county?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  local?: InputMaybe<Scalars['Boolean']['input']>;
  query: Scalars['String']['input'];
  segmentId?: InputMaybe<Scalars['ID']['input']>;
  srdiLevels?: InputMaybe<Array<SrdiLevel>>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QuerySearchSegmentsArgs = {
  query: Scalars['String']['input'];
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QuerySupplyNeighborhoodArgs = {
  creditCode: Scalars['String']['input'];
  depth: Scalars['Int']['input'];
  direction: Direction;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QuerySupplyPathArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QuerySynonymsArgs = {
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryTargetDashboardArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryTargetListArgs = {
  id: Scalars['ID']['input'];
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryTargetListsArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryWhatIfArgs = {
  clusterId: Scalars['ID']['input'];
  remove: Array<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** ChainAtlas API. Money is in 万元 (10k yuan); years are calendar years. */
export type QueryWhatIfAttractArgs = {
  attract: Array<Scalars['String']['input']>;
  clusterId: Scalars['ID']['input'];
  scope?: InputMaybe<LocalScope>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A research institute (高校及科研机构). */
export type ResearchInstitute = {
  __typename?: 'ResearchInstitute';
  city: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** UNIVERSITY, INSTITUTE or LAB */
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

/**
 * viewer: reads the graph and networks with money only as size bands (revenue, supply values,
 * totals; totals over fewer than 3 firms withheld), no R&D spend (intensity only), no outside
 * supplier named in gap reports. analyst: everything readable and exact, 招商 target lists,
 * investment targets. editor: also edits and imports the data of the
 * clusters assigned to them. admin: everything, accounts and the audit log.
 */
export type Role =
  | 'admin'
  | 'analyst'
  | 'editor'
  | 'viewer';

/** A segment (环节) of an industry chain. */
export type Segment = {
  __typename?: 'Segment';
  chainId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** position in the chain, 1 = furthest upstream */
  order: Scalars['Int']['output'];
  stage: Stage;
};

/** How a segment moved between two years. A gap is MISSING or WEAK. */
export type SegmentChange =
  /** a worse status, neither a gap */
  | 'DECLINED'
  /** a gap in fromYear, not in toYear */
  | 'GAP_HEALED'
  /** no gap in fromYear, a gap in toYear */
  | 'GAP_NEW'
  /** a gap in both years */
  | 'GAP_PERSISTENT'
  /** a better status (MISSING < WEAK < COVERED < STRONG), neither a gap */
  | 'IMPROVED'
  | 'UNCHANGED';

export type SegmentEvolution = {
  __typename?: 'SegmentEvolution';
  change: SegmentChange;
  localFirmsFrom: Scalars['Int']['output'];
  localFirmsTo: Scalars['Int']['output'];
  localSupplyRatioFrom: Maybe<Scalars['Float']['output']>;
  localSupplyRatioTo: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  segmentId: Scalars['ID']['output'];
  stage: Stage;
  statusFrom: GapStatus;
  statusTo: GapStatus;
};

/** A cluster firm of a segment with its figures of the report's figuresYear. */
export type SegmentFirm = {
  __typename?: 'SegmentFirm';
  enterprise: Enterprise;
  /** revenue in figuresYear, 万元; null when unknown, and for roles that see only the band (viewer) */
  revenue: Maybe<Scalars['Float']['output']>;
  /** the revenue's size band (e.g. 1–5亿), for every role */
  revenueBand: Maybe<Scalars['String']['output']>;
  /** 专精特新 level in figuresYear (null when unknown) */
  srdiLevel: Maybe<SrdiLevel>;
};

export type SegmentFirmPage = {
  __typename?: 'SegmentFirmPage';
  firms: Array<SegmentFirm>;
  /** the cluster's firms in the segment, in all */
  totalCount: Scalars['Int']['output'];
};

export type SegmentGap = {
  __typename?: 'SegmentGap';
  buyerCount: Scalars['Int']['output'];
  clusterChainLeaders: Scalars['Int']['output'];
  /** cluster firms operating in the segment */
  clusterFirms: Scalars['Int']['output'];
  /** revenue of the cluster firms in the segment in figuresYear, 万元; null for the viewer role (see localRevenue) */
  clusterRevenue: Maybe<Scalars['Float']['output']>;
  /** the size band of clusterRevenue; null as localRevenueBand (fewer than 3 firms with a figure, for the viewer role) */
  clusterRevenueBand: Maybe<Scalars['String']['output']>;
  clusterSrdiFirms: Scalars['Int']['output'];
  /** the chain's segments this one feeds (its products are their inputs), in chain order */
  feeds: Array<Scalars['ID']['output']>;
  /** supply into the cluster's firms in this segment in the year, 万元; null for the viewer role, who sees supply values as bands only */
  inflow: Maybe<Scalars['Float']['output']>;
  /** the size band of inflow (every role) */
  inflowBand: Maybe<Scalars['String']['output']>;
  /** local firms that are 链主 */
  localChainLeaders: Scalars['Int']['output'];
  /** local firms (local at the report's scope; any cluster) operating in the segment */
  localFirms: Scalars['Int']['output'];
  /** the part of inflow from local suppliers, 万元; null for the viewer role */
  localInflow: Maybe<Scalars['Float']['output']>;
  /** the size band of localInflow (every role) */
  localInflowBand: Maybe<Scalars['String']['output']>;
  /**
   * revenue of those local firms in figuresYear, 万元. null for the viewer role, who sees
   * localRevenueBand only: an exact total could be subtracted from another to give a firm's revenue
   */
  localRevenue: Maybe<Scalars['Float']['output']>;
  /**
   * the size band of localRevenue (every role); null when unknown, and for the viewer role when
   * fewer than 3 firms with a revenue figure are behind the total (it would give their revenue back)
   */
  localRevenueBand: Maybe<Scalars['String']['output']>;
  /** local firms that are 专精特新 (provincial or little giant) in figuresYear */
  localSrdiFirms: Scalars['Int']['output'];
  /** localInflow / inflow; null when inflow is 0 */
  localSupplyRatio: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  order: Scalars['Int']['output'];
  segmentId: Scalars['ID']['output'];
  /** topSupplierShare >= singlePointShare */
  singlePoint: Scalars['Boolean']['output'];
  /** a 固链 risk: single-source risks worth at least thresholds.singleSourceShare of inflow (the chain map's ⚠) */
  singleSourceAtRisk: Scalars['Boolean']['output'];
  /** single-source risks (固链) in this segment: its buyers with exactly one supplier of it */
  singleSourceRiskCount: Scalars['Int']['output'];
  /** their purchases in the segment (value at stake), 万元; null for the viewer role, who sees the band */
  singleSourceRiskValue: Maybe<Scalars['Float']['output']>;
  /** the size band of singleSourceRiskValue (every role); null when there is none */
  singleSourceRiskValueBand: Maybe<Scalars['String']['output']>;
  /** singleSourceRiskValue / inflow; null when inflow is 0 */
  singleSourceShare: Maybe<Scalars['Float']['output']>;
  stage: Stage;
  status: GapStatus;
  /** distinct suppliers and distinct cluster buyers behind inflow */
  supplierCount: Scalars['Int']['output'];
  /**
   * the largest supplier; null when inflow is 0, and for roles without investment targets (viewer)
   * when it is an outside (non-local) firm: outside suppliers of weak segments are the targets
   */
  topSupplierCode: Maybe<Scalars['String']['output']>;
  /** null as topSupplierCode */
  topSupplierName: Maybe<Scalars['String']['output']>;
  /** the largest single supplier's share of inflow; null when inflow is 0 */
  topSupplierShare: Maybe<Scalars['Float']['output']>;
};

/** A chain segment found by a search. */
export type SegmentHit = {
  __typename?: 'SegmentHit';
  /** 链主 firms operating in the segment (5 at most) */
  chainLeaders: Array<Enterprise>;
  chainName: Maybe<Scalars['String']['output']>;
  /** clusters that follow the segment's chain (open the chain map at the segment) */
  clusters: Array<Cluster>;
  /** local firms operating in the segment */
  localFirmCount: Scalars['Int']['output'];
  segment: Segment;
  /** dictionary terms of the segment that matched a search word */
  synonyms: Array<Scalars['String']['output']>;
};

export type SingleSourceRisk = {
  __typename?: 'SingleSourceRisk';
  buyerCode: Scalars['String']['output'];
  buyerName: Scalars['String']['output'];
  segmentId: Scalars['ID']['output'];
  segmentName: Scalars['String']['output'];
  /**
   * null for roles without investment targets (viewer) when the supplier is an outside (non-local)
   * firm: outside suppliers of weak segments are the investment targets hidden from them
   */
  supplierCode: Maybe<Scalars['String']['output']>;
  supplierLocal: Scalars['Boolean']['output'];
  /** null as supplierCode */
  supplierName: Maybe<Scalars['String']['output']>;
  /** 万元 in the year; null for the viewer role, who sees valueBand only */
  value: Maybe<Scalars['Float']['output']>;
  /** the size band of value (every role) */
  valueBand: Maybe<Scalars['String']['output']>;
};

/** 固链 risks of one segment (ChainGapReport.singleSourceRiskSegments). */
export type SingleSourceSegmentGroup = {
  __typename?: 'SingleSourceSegmentGroup';
  /** a 固链 risk by the rule of SegmentGap.singleSourceAtRisk (the chain map's ⚠) */
  atRisk: Scalars['Boolean']['output'];
  /** its single-source risks: cluster firms with exactly one supplier of the segment */
  risks: Scalars['Int']['output'];
  segmentId: Scalars['ID']['output'];
  segmentName: Scalars['String']['output'];
  /** value / the segment's inflow */
  share: Maybe<Scalars['Float']['output']>;
  stage: Stage;
  /** distinct single sources behind them */
  supplierCount: Scalars['Int']['output'];
  /** the largest single sources of the segment (at most 3), value desc */
  topSuppliers: Array<SingleSourceSupplier>;
  /** the value at stake: their purchases, 万元; null for the viewer role (see valueBand) */
  value: Maybe<Scalars['Float']['output']>;
  valueBand: Maybe<Scalars['String']['output']>;
};

/** A single source within one segment. */
export type SingleSourceSupplier = {
  __typename?: 'SingleSourceSupplier';
  /** cluster firms that buy the segment from it alone */
  buyers: Scalars['Int']['output'];
  /** null for roles without investment targets (viewer) when the supplier is an outside firm (as SingleSourceRisk) */
  supplierCode: Maybe<Scalars['String']['output']>;
  supplierLocal: Scalars['Boolean']['output'];
  supplierName: Maybe<Scalars['String']['output']>;
  /** 万元; null for the viewer role */
  value: Maybe<Scalars['Float']['output']>;
  valueBand: Maybe<Scalars['String']['output']>;
};

/** 固链 risks of one supplier (ChainGapReport.singleSourceRiskSuppliers). */
export type SingleSourceSupplierGroup = {
  __typename?: 'SingleSourceSupplierGroup';
  /** distinct cluster firms that depend on it alone (in one segment or more) */
  dependants: Scalars['Int']['output'];
  /** its (buyer, segment) single-source risks */
  risks: Scalars['Int']['output'];
  /** the segments concerned, in chain order */
  segmentIds: Array<Scalars['ID']['output']>;
  /** null as SingleSourceSupplier.supplierCode */
  supplierCode: Maybe<Scalars['String']['output']>;
  supplierLocal: Scalars['Boolean']['output'];
  supplierName: Maybe<Scalars['String']['output']>;
  /** the value at stake, 万元; null for the viewer role */
  value: Maybe<Scalars['Float']['output']>;
  valueBand: Maybe<Scalars['String']['output']>;
};

export type SrdiLevel =
  | 'LITTLE_GIANT'
  | 'NONE'
  | 'PROVINCIAL';

export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

export type StatusChange = {
  __typename?: 'StatusChange';
  /** when it was recorded: ISO 8601 instant (UTC) */
  at: Scalars['String']['output'];
  /** user id ('system' when there was no signed-in user) */
  by: Scalars['String']['output'];
  /** display name of that user (姓名); null for the system or a user no longer in the database */
  byName: Maybe<Scalars['String']['output']>;
  /** business date of the change (YYYY-MM-DD), when given */
  date: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  status: PipelineStatus;
};

/** A supply link (供应关系): supplier → buyer, in one segment and year. */
export type SupplyLink = {
  __typename?: 'SupplyLink';
  /** annual supply value, 万元; null for roles that see money only as bands (none of the roles that may edit links) */
  annualValue: Maybe<Scalars['Float']['output']>;
  /** the size band of annualValue (every role) */
  annualValueBand: Maybe<Scalars['String']['output']>;
  buyer: Enterprise;
  buyerCode: Scalars['String']['output'];
  /** whether the caller may change this link (both firms' clusters count) and, when not, why */
  editScope: EditScope;
  /** stable: SUPPLIES:<supplier>><buyer>:<segmentId>:<year> */
  id: Scalars['ID']['output'];
  product: Maybe<Scalars['String']['output']>;
  segmentId: Scalars['ID']['output'];
  supplier: Enterprise;
  supplierCode: Scalars['String']['output'];
  updatedAt: Maybe<Scalars['String']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
  /** counts its changes; pass it as expectedVersion when editing */
  version: Scalars['Int']['output'];
  /** 0 when the year is not known */
  year: Scalars['Int']['output'];
};

export type SupplyLinkInput = {
  /** 万元, >= 0 */
  annualValue: Scalars['Float']['input'];
  buyerCode: Scalars['String']['input'];
  /** at most 200 characters */
  product?: InputMaybe<Scalars['String']['input']>;
  segmentId: Scalars['ID']['input'];
  supplierCode: Scalars['String']['input'];
  /** 0 or absent when not known, else 1900 to 2100 */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The key of a supply link. */
export type SupplyLinkKeyInput = {
  buyerCode: Scalars['String']['input'];
  segmentId: Scalars['ID']['input'];
  supplierCode: Scalars['String']['input'];
  /** 0 or absent when not known */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A synonym (同义词) in a segment's dictionary: searching the term also searches the canonical
 * word and the canonical word's other terms, and searching the canonical word also searches its terms.
 */
export type Synonym = {
  __typename?: 'Synonym';
  /** the product word of the data, e.g. 保持器 */
  canonical: Scalars['String']['output'];
  chainId: Maybe<Scalars['ID']['output']>;
  /** the synonym's own id (its segment and term), for a normalising client cache; opaque */
  id: Scalars['ID']['output'];
  segmentId: Scalars['ID']['output'];
  segmentName: Maybe<Scalars['String']['output']>;
  /** what people type, e.g. 保持架 */
  term: Scalars['String']['output'];
  updatedAt: Maybe<Scalars['String']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
};

export type TargetDashboard = {
  __typename?: 'TargetDashboard';
  /** 2023 */
  baselineYear: Scalars['Int']['output'];
  /** in the order of the policy text */
  indicators: Array<Indicator>;
  /** 2026 */
  targetYear: Scalars['Int']['output'];
  /** the year the values are for (Y) */
  year: Scalars['Int']['output'];
  /** years with figures in the data (EnterpriseYear or ClusterYear), ascending: the choices for `year` */
  years: Array<Scalars['Int']['output']>;
};

/**
 * How a target is stated, and so how `progress` is computed (never below 0; 1 = target reached):
 * COUNT and RATIO and ANNUAL_GROWTH: target = the policy figure, progress = value / target;
 * DELTA: target = baseline + figure, progress = (value - baseline) / figure;
 * GROWTH: target = baseline × (1 + figure / 100), progress = (value - baseline) / (baseline × figure / 100).
 */
export type TargetKind =
  /** a yearly growth rate in % to reach (high-value patents) */
  | 'ANNUAL_GROWTH'
  /** a number to reach (clusters, firms, platforms) */
  | 'COUNT'
  /** an increase over the 2023 baseline (above-scale firms: +100) */
  | 'DELTA'
  /** a growth in % over the 2023 baseline (output: +20%) */
  | 'GROWTH'
  /** a percentage to reach or keep (R&D intensity) */
  | 'RATIO';

/**
 * A list of outside firms that investment-promotion staff work to attract. Export it with
 * GET /api/target-lists/{id}/export?format=csv|xlsx
 */
export type TargetList = {
  __typename?: 'TargetList';
  clusterId: Maybe<Scalars['ID']['output']>;
  clusterName: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC) */
  createdAt: Scalars['String']['output'];
  /** user id of the creator ('system' when there was no signed-in user) */
  createdBy: Scalars['String']['output'];
  /** in the order the firms were added */
  entries: Array<TargetListEntry>;
  entryCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** every status in pipeline order, zeros included */
  statusCounts: Array<PipelineStatusCount>;
  /** last change to the list or any of its entries */
  updatedAt: Scalars['String']['output'];
  updatedBy: Scalars['String']['output'];
};

export type TargetListEntry = {
  __typename?: 'TargetListEntry';
  addedAt: Scalars['String']['output'];
  addedBy: Scalars['String']['output'];
  city: Maybe<Scalars['String']['output']>;
  county: Maybe<Scalars['String']['output']>;
  creditCode: Scalars['String']['output'];
  /** every status change, oldest first, starting with IDENTIFIED when the firm was added */
  history: Array<StatusChange>;
  /** the entry's own id (its list and firm), for a normalising client cache; opaque */
  id: Scalars['ID']['output'];
  listId: Scalars['ID']['output'];
  local: Maybe<Scalars['Boolean']['output']>;
  /** the firm's name; null when the firm has since left the database */
  name: Maybe<Scalars['String']['output']>;
  province: Maybe<Scalars['String']['output']>;
  /** why the firm is a target (招商理由) */
  reason: Maybe<Scalars['String']['output']>;
  /** the chain segment the firm would fill */
  segmentId: Maybe<Scalars['ID']['output']>;
  segmentName: Maybe<Scalars['String']['output']>;
  status: PipelineStatus;
  /** business date of the latest status change */
  statusDate: Maybe<Scalars['String']['output']>;
  /** note of the latest status change */
  statusNote: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['String']['output'];
  updatedBy: Scalars['String']['output'];
};

/** A target list a firm is on (InvestmentTarget.onLists), with the firm's pipeline status there. */
export type TargetListMembership = {
  __typename?: 'TargetListMembership';
  listId: Scalars['ID']['output'];
  listName: Scalars['String']['output'];
  status: PipelineStatus;
};

export type UpdateUserInput = {
  clusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type User = {
  __typename?: 'User';
  /** clusters whose data an editor may change */
  clusterIds: Array<Scalars['ID']['output']>;
  createdAt: Maybe<Scalars['String']['output']>;
  createdBy: Maybe<Scalars['String']['output']>;
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastSignInAt: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** what the role allows, e.g. graph:read, targets:write (for the web app's menus) */
  permissions: Array<Scalars['String']['output']>;
  role: Role;
  updatedAt: Maybe<Scalars['String']['output']>;
  /** lower case, unique */
  username: Scalars['String']['output'];
};

export type UserWithPassword = {
  __typename?: 'UserWithPassword';
  /** the generated password, shown once; null when the caller chose it */
  password: Maybe<Scalars['String']['output']>;
  user: User;
};

export type WhatIfAttractResult = {
  __typename?: 'WhatIfAttractResult';
  /** the firms attracted, credit codes as stored */
  attracted: Array<Enterprise>;
  clusterId: Scalars['ID']['output'];
  completenessAfter: Scalars['Float']['output'];
  completenessBefore: Scalars['Float']['output'];
  figuresYear: Maybe<Scalars['Int']['output']>;
  /** the 2026-dashboard indicators the firms would move (only those that change) */
  indicatorChanges: Array<IndicatorChange>;
  scope: LocalScope;
  /** the chain's segments in chain order */
  segments: Array<AttractSegment>;
  /** the supply-link year used (null when the cluster has no inbound supply links) */
  year: Maybe<Scalars['Int']['output']>;
};

export type WhatIfResult = {
  __typename?: 'WhatIfResult';
  /**
   * sum of the cut-off firms' revenue in figuresYear, 万元; null for the viewer role, who sees
   * affectedRevenueBand only
   */
  affectedRevenue: Maybe<Scalars['Float']['output']>;
  /**
   * the size band of affectedRevenue; null when no cut-off firm has a figure, and for the viewer
   * role when fewer than 3 cut-off firms have one (it would give their revenue back)
   */
  affectedRevenueBand: Maybe<Scalars['String']['output']>;
  clusterId: Scalars['ID']['output'];
  cutOffCount: Scalars['Int']['output'];
  /** the year of the revenue figures */
  figuresYear: Maybe<Scalars['Int']['output']>;
  /** the removed firms' credit codes, as given (duplicates dropped) */
  removed: Array<Scalars['String']['output']>;
  /** true when the wave limit (100 waves) was reached: later waves, if any, were not computed */
  truncated: Scalars['Boolean']['output'];
  /** cut-off firms, wave by wave (depth 1 = cut off by the removals directly) */
  waves: Array<WhatIfWave>;
  /** the supply-link year used (null when the cluster has no inbound supply links) */
  year: Maybe<Scalars['Int']['output']>;
};

export type WhatIfWave = {
  __typename?: 'WhatIfWave';
  depth: Scalars['Int']['output'];
  firms: Array<Enterprise>;
  /** the wave's firms' revenue, 万元; null for the viewer role (see WhatIfResult.affectedRevenue) */
  revenue: Maybe<Scalars['Float']['output']>;
  /** its size band; null for the viewer role when fewer than 3 of the wave's firms have a figure */
  revenueBand: Maybe<Scalars['String']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  About: ResolverTypeWrapper<About>;
  AttractSegment: ResolverTypeWrapper<AttractSegment>;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEdge: ResolverTypeWrapper<AuditEdge>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChainComparison: ResolverTypeWrapper<ChainComparison>;
  ChainEvolution: ResolverTypeWrapper<ChainEvolution>;
  ChainGapReport: ResolverTypeWrapper<ChainGapReportModel>;
  ChainLeader: ResolverTypeWrapper<Omit<ChainLeader, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>;
  ChainSegment: ResolverTypeWrapper<ChainSegment>;
  Cluster: ResolverTypeWrapper<Cluster>;
  ClusterLevel: ClusterLevel;
  ClusterOnChain: ResolverTypeWrapper<ClusterOnChain>;
  ClusterSegmentStatus: ResolverTypeWrapper<ClusterSegmentStatus>;
  Collaboration: ResolverTypeWrapper<Collaboration>;
  CollaborationInput: CollaborationInput;
  CollaborationKeyInput: CollaborationKeyInput;
  County: ResolverTypeWrapper<County>;
  CreateUserInput: CreateUserInput;
  Direction: Direction;
  EditScope: ResolverTypeWrapper<EditScope>;
  Enterprise: ResolverTypeWrapper<EnterpriseParent>;
  EnterpriseChange: ResolverTypeWrapper<EnterpriseChange>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseInput: EnterpriseInput;
  EnterpriseYear: ResolverTypeWrapper<EnterpriseYear>;
  EnterpriseYearInput: EnterpriseYearInput;
  ExpandedWord: ResolverTypeWrapper<ExpandedWord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapStatus: GapStatus;
  GapThresholds: ResolverTypeWrapper<GapThresholds>;
  GapThresholdsInput: GapThresholdsInput;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphView: ResolverTypeWrapper<GraphView>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportChange: ResolverTypeWrapper<ImportChangeRecord>;
  ImportChangeConnection: ResolverTypeWrapper<Omit<ImportChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ImportChangeEdge']> }>;
  ImportChangeEdge: ResolverTypeWrapper<Omit<ImportChangeEdge, 'node'> & { node: ResolversTypes['ImportChange'] }>;
  ImportChangeOp: ImportChangeOp;
  ImportUndoResult: ResolverTypeWrapper<ImportUndoResult>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorChange: ResolverTypeWrapper<IndicatorChange>;
  IndicatorPoint: ResolverTypeWrapper<IndicatorPoint>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvestmentTarget: ResolverTypeWrapper<InvestmentTargetModel>;
  LocalScope: LocalScope;
  LocalSubstitute: ResolverTypeWrapper<Omit<LocalSubstitute, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Overview: ResolverTypeWrapper<Overview>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeerStrength: ResolverTypeWrapper<PeerStrength>;
  PipelineStatus: PipelineStatus;
  PipelineStatusCount: ResolverTypeWrapper<PipelineStatusCount>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResearchInstitute: ResolverTypeWrapper<ResearchInstitute>;
  Role: null;
  Segment: ResolverTypeWrapper<Segment>;
  SegmentChange: SegmentChange;
  SegmentEvolution: ResolverTypeWrapper<SegmentEvolution>;
  SegmentFirm: ResolverTypeWrapper<Omit<SegmentFirm, 'enterprise'> & { enterprise: ResolversTypes['Enterprise'] }>;
  SegmentFirmPage: ResolverTypeWrapper<Omit<SegmentFirmPage, 'firms'> & { firms: Array<ResolversTypes['SegmentFirm']> }>;
  SegmentGap: ResolverTypeWrapper<SegmentGap>;
  SegmentHit: ResolverTypeWrapper<SegmentHitRecord>;
  SingleSourceRisk: ResolverTypeWrapper<SingleSourceRisk>;
  SingleSourceSegmentGroup: ResolverTypeWrapper<SingleSourceSegmentGroup>;
  SingleSourceSupplier: ResolverTypeWrapper<SingleSourceSupplier>;
  SingleSourceSupplierGroup: ResolverTypeWrapper<SingleSourceSupplierGroup>;
  SrdiLevel: SrdiLevel;
  Stage: Stage;
  StatusChange: ResolverTypeWrapper<StatusChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SupplyLink: ResolverTypeWrapper<SupplyLinkResult>;
  SupplyLinkInput: SupplyLinkInput;
  SupplyLinkKeyInput: SupplyLinkKeyInput;
  Synonym: ResolverTypeWrapper<SynonymRecord>;
  TargetDashboard: ResolverTypeWrapper<TargetDashboard>;
  TargetKind: TargetKind;
  TargetList: ResolverTypeWrapper<Omit<TargetList, 'entries'> & { entries: Array<ResolversTypes['TargetListEntry']> }>;
  TargetListEntry: ResolverTypeWrapper<TargetListEntryRecord>;
  TargetListMembership: ResolverTypeWrapper<TargetListMembership>;
  UpdateUserInput: UpdateUserInput;
  User: ResolverTypeWrapper<UserView>;
  UserWithPassword: ResolverTypeWrapper<Omit<UserWithPassword, 'user'> & { user: ResolversTypes['User'] }>;
  WhatIfAttractResult: ResolverTypeWrapper<Omit<WhatIfAttractResult, 'attracted'> & { attracted: Array<ResolversTypes['Enterprise']> }>;
  WhatIfResult: ResolverTypeWrapper<Omit<WhatIfResult, 'waves'> & { waves: Array<ResolversTypes['WhatIfWave']> }>;
  WhatIfWave: ResolverTypeWrapper<Omit<WhatIfWave, 'firms'> & { firms: Array<ResolversTypes['Enterprise']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  About: About;
  AttractSegment: AttractSegment;
  AuditConnection: AuditConnection;
  AuditEdge: AuditEdge;
  AuditEntry: AuditEntry;
  Boolean: Scalars['Boolean']['output'];
  ChainComparison: ChainComparison;
  ChainEvolution: ChainEvolution;
  ChainGapReport: ChainGapReportModel;
  ChainLeader: Omit<ChainLeader, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] };
  ChainSegment: ChainSegment;
  Cluster: Cluster;
  ClusterOnChain: ClusterOnChain;
  ClusterSegmentStatus: ClusterSegmentStatus;
  Collaboration: Collaboration;
  CollaborationInput: CollaborationInput;
  CollaborationKeyInput: CollaborationKeyInput;
  County: County;
  CreateUserInput: CreateUserInput;
  EditScope: EditScope;
  Enterprise: EnterpriseParent;
  EnterpriseChange: EnterpriseChange;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  EnterpriseInput: EnterpriseInput;
  EnterpriseYear: EnterpriseYear;
  EnterpriseYearInput: EnterpriseYearInput;
  ExpandedWord: ExpandedWord;
  Float: Scalars['Float']['output'];
  GapThresholds: GapThresholds;
  GapThresholdsInput: GapThresholdsInput;
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphView: GraphView;
  ID: Scalars['ID']['output'];
  ImportChange: ImportChangeRecord;
  ImportChangeConnection: Omit<ImportChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImportChangeEdge']> };
  ImportChangeEdge: Omit<ImportChangeEdge, 'node'> & { node: ResolversParentTypes['ImportChange'] };
  ImportUndoResult: ImportUndoResult;
  Indicator: Indicator;
  IndicatorChange: IndicatorChange;
  IndicatorPoint: IndicatorPoint;
  Int: Scalars['Int']['output'];
  InvestmentTarget: InvestmentTargetModel;
  LocalSubstitute: Omit<LocalSubstitute, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] };
  Mutation: Record<PropertyKey, never>;
  Overview: Overview;
  PageInfo: PageInfo;
  PeerStrength: PeerStrength;
  PipelineStatusCount: PipelineStatusCount;
  Query: Record<PropertyKey, never>;
  ResearchInstitute: ResearchInstitute;
  Segment: Segment;
  SegmentEvolution: SegmentEvolution;
  SegmentFirm: Omit<SegmentFirm, 'enterprise'> & { enterprise: ResolversParentTypes['Enterprise'] };
  SegmentFirmPage: Omit<SegmentFirmPage, 'firms'> & { firms: Array<ResolversParentTypes['SegmentFirm']> };
  SegmentGap: SegmentGap;
  SegmentHit: SegmentHitRecord;
  SingleSourceRisk: SingleSourceRisk;
  SingleSourceSegmentGroup: SingleSourceSegmentGroup;
  SingleSourceSupplier: SingleSourceSupplier;
  SingleSourceSupplierGroup: SingleSourceSupplierGroup;
  StatusChange: StatusChange;
  String: Scalars['String']['output'];
  SupplyLink: SupplyLinkResult;
  SupplyLinkInput: SupplyLinkInput;
  SupplyLinkKeyInput: SupplyLinkKeyInput;
  Synonym: SynonymRecord;
  TargetDashboard: TargetDashboard;
  TargetList: Omit<TargetList, 'entries'> & { entries: Array<ResolversParentTypes['TargetListEntry']> };
  TargetListEntry: TargetListEntryRecord;
  TargetListMembership: TargetListMembership;
  UpdateUserInput: UpdateUserInput;
  User: UserView;
  UserWithPassword: Omit<UserWithPassword, 'user'> & { user: ResolversParentTypes['User'] };
  WhatIfAttractResult: Omit<WhatIfAttractResult, 'attracted'> & { attracted: Array<ResolversParentTypes['Enterprise']> };
  WhatIfResult: Omit<WhatIfResult, 'waves'> & { waves: Array<ResolversParentTypes['WhatIfWave']> };
  WhatIfWave: Omit<WhatIfWave, 'firms'> & { firms: Array<ResolversParentTypes['Enterprise']> };
};

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = {
  dataSetLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttractSegmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttractSegment'] = ResolversParentTypes['AttractSegment']> = {
  localFirmsAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localFirmsBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localSupplyRatioAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  localSupplyRatioBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  statusAfter?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  statusBefore?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChainComparisonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChainComparison'] = ResolversParentTypes['ChainComparison']> = {
  chainId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  chainName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['ClusterOnChain']>, ParentType, ContextType>;
  peerStrengths?: Resolver<Array<ResolversTypes['PeerStrength']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LocalScope'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['ChainSegment']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ChainEvolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChainEvolution'] = ResolversParentTypes['ChainEvolution']> = {
  chainId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  chainName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clusterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completenessFrom?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completenessTo?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapsHealed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapsNew?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapsPersistent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LocalScope'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['SegmentEvolution']>, ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChainGapReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChainGapReport'] = ResolversParentTypes['ChainGapReport']> = {
  chainId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  chainLeaders?: Resolver<Array<ResolversTypes['ChainLeader']>, ParentType, ContextType>;
  chainName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clusterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  extensionOpportunities?: Resolver<Array<ResolversTypes['SegmentGap']>, ParentType, ContextType>;
  figuresYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  investmentTargets?: Resolver<Array<ResolversTypes['InvestmentTarget']>, ParentType, ContextType>;
  investmentTargetsHidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LocalScope'], ParentType, ContextType>;
  segmentFirms?: Resolver<ResolversTypes['SegmentFirmPage'], ParentType, ContextType, RequireFields<ChainGapReportSegmentFirmsArgs, 'first' | 'offset' | 'segmentId'>>;
  segments?: Resolver<Array<ResolversTypes['SegmentGap']>, ParentType, ContextType>;
  singleSourceRiskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singleSourceRiskSegments?: Resolver<Array<ResolversTypes['SingleSourceSegmentGroup']>, ParentType, ContextType, RequireFields<ChainGapReportSingleSourceRiskSegmentsArgs, 'first' | 'offset'>>;
  singleSourceRiskSupplierCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singleSourceRiskSuppliers?: Resolver<Array<ResolversTypes['SingleSourceSupplierGroup']>, ParentType, ContextType, RequireFields<ChainGapReportSingleSourceRiskSuppliersArgs, 'first' | 'offset'>>;
  singleSourceRisks?: Resolver<Array<ResolversTypes['SingleSourceRisk']>, ParentType, ContextType, RequireFields<ChainGapReportSingleSourceRisksArgs, 'first' | 'offset'>>;
  supplyYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  thresholds?: Resolver<ResolversTypes['GapThresholds'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ChainLeaderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChainLeader'] = ResolversParentTypes['ChainLeader']> = {
  clusterMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ChainSegmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChainSegment'] = ResolversParentTypes['ChainSegment']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  chainId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  chainName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  county?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  growth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadIndustry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ClusterLevel'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  taxShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ClusterOnChainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterOnChain'] = ResolversParentTypes['ClusterOnChain']> = {
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  clusterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['ClusterSegmentStatus']>, ParentType, ContextType>;
};

export type ClusterSegmentStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClusterSegmentStatus'] = ResolversParentTypes['ClusterSegmentStatus']> = {
  clusterFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localSupplyRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
};

export type CollaborationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Collaboration'] = ResolversParentTypes['Collaboration']> = {
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institute?: Resolver<ResolversTypes['ResearchInstitute'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County']> = {
  clusterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EditScopeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EditScope'] = ResolversParentTypes['EditScope']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EnterpriseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = {
  chainLeader?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  collaborations?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dissolved?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  editScope?: Resolver<ResolversTypes['EditScope'], ParentType, ContextType>;
  founded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  local?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recentChanges?: Resolver<Array<ResolversTypes['EnterpriseChange']>, ParentType, ContextType, Partial<EnterpriseRecentChangesArgs>>;
  segments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType>;
  srdiLevel?: Resolver<Maybe<ResolversTypes['SrdiLevel']>, ParentType, ContextType>;
  supplierCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplyLinks?: Resolver<Array<ResolversTypes['SupplyLink']>, ParentType, ContextType, Partial<EnterpriseSupplyLinksArgs>>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['EnterpriseYear']>, ParentType, ContextType>;
};

export type EnterpriseChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnterpriseChange'] = ResolversParentTypes['EnterpriseChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EnterpriseConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  expandedWords?: Resolver<Array<ResolversTypes['ExpandedWord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnterpriseEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedProducts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type EnterpriseYearResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EnterpriseYear'] = ResolversParentTypes['EnterpriseYear']> = {
  aboveScale?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  digitalTransformation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  greenDiagnosis?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  greenList?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  highValuePatents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rdIntensity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rdSpend?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  smartFactory?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  srdiLevel?: Resolver<Maybe<ResolversTypes['SrdiLevel']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExpandedWordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExpandedWord'] = ResolversParentTypes['ExpandedWord']> = {
  alternatives?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  word?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GapThresholdsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GapThresholds'] = ResolversParentTypes['GapThresholds']> = {
  singlePointShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  singleSourceShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  strongLocalSupplyRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  strongMinLocalFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weakLocalSupplyRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  collaborationKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  centrality?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  chainLeader?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  clusterIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  depth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  local?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  segmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  srdiLevel?: Resolver<Maybe<ResolversTypes['SrdiLevel']>, ParentType, ContextType>;
};

export type GraphViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphView'] = ResolversParentTypes['GraphView']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  topActors?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<GraphViewTopActorsArgs, 'first'>>;
  totalEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ImportChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportChange'] = ResolversParentTypes['ImportChange']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  op?: Resolver<ResolversTypes['ImportChangeOp'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImportChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportChangeConnection'] = ResolversParentTypes['ImportChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ImportChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportChangeEdge'] = ResolversParentTypes['ImportChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportChange'], ParentType, ContextType>;
};

export type ImportUndoResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportUndoResult'] = ResolversParentTypes['ImportUndoResult']> = {
  auditEntryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baselineYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  policyTarget?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetKind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['IndicatorPoint']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IndicatorChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorChange'] = ResolversParentTypes['IndicatorChange']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basisEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorPoint'] = ResolversParentTypes['IndicatorPoint']> = {
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InvestmentTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InvestmentTarget'] = ResolversParentTypes['InvestmentTarget']> = {
  buyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inflow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onLists?: Resolver<Array<ResolversTypes['TargetListMembership']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  segmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segmentStatus?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type LocalSubstituteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LocalSubstitute'] = ResolversParentTypes['LocalSubstitute']> = {
  clusterMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  srdiLevel?: Resolver<Maybe<ResolversTypes['SrdiLevel']>, ParentType, ContextType>;
  suppliedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suppliesCluster?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCollaboration?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType, RequireFields<MutationAddCollaborationArgs, 'input'>>;
  addTargetToList?: Resolver<ResolversTypes['TargetListEntry'], ParentType, ContextType, RequireFields<MutationAddTargetToListArgs, 'creditCode' | 'listId'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createTargetList?: Resolver<ResolversTypes['TargetList'], ParentType, ContextType, RequireFields<MutationCreateTargetListArgs, 'name'>>;
  createUser?: Resolver<ResolversTypes['UserWithPassword'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  deleteSupplyLink?: Resolver<ResolversTypes['SupplyLink'], ParentType, ContextType, RequireFields<MutationDeleteSupplyLinkArgs, 'key'>>;
  deleteSynonym?: Resolver<ResolversTypes['Synonym'], ParentType, ContextType, RequireFields<MutationDeleteSynonymArgs, 'segmentId' | 'term'>>;
  deleteTargetList?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteTargetListArgs, 'id'>>;
  removeCollaboration?: Resolver<ResolversTypes['Collaboration'], ParentType, ContextType, RequireFields<MutationRemoveCollaborationArgs, 'key'>>;
  removeTargetFromList?: Resolver<ResolversTypes['TargetList'], ParentType, ContextType, RequireFields<MutationRemoveTargetFromListArgs, 'creditCode' | 'listId'>>;
  renameTargetList?: Resolver<ResolversTypes['TargetList'], ParentType, ContextType, RequireFields<MutationRenameTargetListArgs, 'id' | 'name'>>;
  resetUserPassword?: Resolver<ResolversTypes['UserWithPassword'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'id'>>;
  saveSynonym?: Resolver<ResolversTypes['Synonym'], ParentType, ContextType, RequireFields<MutationSaveSynonymArgs, 'canonical' | 'segmentId' | 'term'>>;
  setEnterpriseSegment?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationSetEnterpriseSegmentArgs, 'creditCode' | 'member' | 'segmentId'>>;
  setTargetStatus?: Resolver<ResolversTypes['TargetListEntry'], ParentType, ContextType, RequireFields<MutationSetTargetStatusArgs, 'creditCode' | 'listId' | 'status'>>;
  setUserDisabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserDisabledArgs, 'disabled' | 'id'>>;
  signIn?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undoImport?: Resolver<ResolversTypes['ImportUndoResult'], ParentType, ContextType, RequireFields<MutationUndoImportArgs, 'importId'>>;
  updateEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationUpdateEnterpriseArgs, 'creditCode' | 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id' | 'input'>>;
  upsertEnterpriseYear?: Resolver<ResolversTypes['EnterpriseYear'], ParentType, ContextType, RequireFields<MutationUpsertEnterpriseYearArgs, 'creditCode' | 'input' | 'year'>>;
  upsertSupplyLink?: Resolver<ResolversTypes['SupplyLink'], ParentType, ContextType, RequireFields<MutationUpsertSupplyLinkArgs, 'input'>>;
};

export type OverviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  clusterFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clusters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprises?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  national?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  platforms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provincialOrAbove?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplyLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PeerStrengthResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PeerStrength'] = ResolversParentTypes['PeerStrength']> = {
  lackingClusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lackingClusterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lackingStatus?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  segmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strongClusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  strongClusterName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PipelineStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PipelineStatusCount'] = ResolversParentTypes['PipelineStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStatus'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  chainComparison?: Resolver<Maybe<ResolversTypes['ChainComparison']>, ParentType, ContextType, RequireFields<QueryChainComparisonArgs, 'chainId' | 'scope'>>;
  chainEvolution?: Resolver<Maybe<ResolversTypes['ChainEvolution']>, ParentType, ContextType, RequireFields<QueryChainEvolutionArgs, 'clusterId' | 'fromYear' | 'scope' | 'toYear'>>;
  chainGapReport?: Resolver<Maybe<ResolversTypes['ChainGapReport']>, ParentType, ContextType, RequireFields<QueryChainGapReportArgs, 'clusterId' | 'scope'>>;
  chainSegments?: Resolver<Array<ResolversTypes['Segment']>, ParentType, ContextType, RequireFields<QueryChainSegmentsArgs, 'chainIds'>>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType, Partial<QueryClustersArgs>>;
  collaborationNetwork?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, Partial<QueryCollaborationNetworkArgs>>;
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryEnterpriseArgs, 'creditCode'>>;
  importChanges?: Resolver<ResolversTypes['ImportChangeConnection'], ParentType, ContextType, RequireFields<QueryImportChangesArgs, 'importId'>>;
  localSubstitutes?: Resolver<Array<ResolversTypes['LocalSubstitute']>, ParentType, ContextType, RequireFields<QueryLocalSubstitutesArgs, 'clusterId' | 'scope' | 'segmentId'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  overview?: Resolver<Maybe<ResolversTypes['Overview']>, ParentType, ContextType>;
  researchInstitutes?: Resolver<Array<ResolversTypes['ResearchInstitute']>, ParentType, ContextType>;
  searchEnterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QuerySearchEnterprisesArgs, 'query'>>;
  searchSegments?: Resolver<Array<ResolversTypes['SegmentHit']>, ParentType, ContextType, RequireFields<QuerySearchSegmentsArgs, 'query'>>;
  supplyNeighborhood?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, RequireFields<QuerySupplyNeighborhoodArgs, 'creditCode' | 'depth' | 'direction'>>;
  supplyPath?: Resolver<Maybe<ResolversTypes['GraphView']>, ParentType, ContextType, RequireFields<QuerySupplyPathArgs, 'from' | 'to'>>;
  synonyms?: Resolver<Array<ResolversTypes['Synonym']>, ParentType, ContextType, Partial<QuerySynonymsArgs>>;
  targetDashboard?: Resolver<Maybe<ResolversTypes['TargetDashboard']>, ParentType, ContextType, Partial<QueryTargetDashboardArgs>>;
  targetList?: Resolver<Maybe<ResolversTypes['TargetList']>, ParentType, ContextType, RequireFields<QueryTargetListArgs, 'id'>>;
  targetLists?: Resolver<Array<ResolversTypes['TargetList']>, ParentType, ContextType, Partial<QueryTargetListsArgs>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  whatIf?: Resolver<Maybe<ResolversTypes['WhatIfResult']>, ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'clusterId' | 'remove'>>;
  whatIfAttract?: Resolver<Maybe<ResolversTypes['WhatIfAttractResult']>, ParentType, ContextType, RequireFields<QueryWhatIfAttractArgs, 'attract' | 'clusterId' | 'scope'>>;
};

export type ResearchInstituteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResearchInstitute'] = ResolversParentTypes['ResearchInstitute']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleResolvers = { ADMIN: 'admin', ANALYST: 'analyst', EDITOR: 'editor', VIEWER: 'viewer' };

export type SegmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Segment'] = ResolversParentTypes['Segment']> = {
  chainId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
};

export type SegmentEvolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentEvolution'] = ResolversParentTypes['SegmentEvolution']> = {
  change?: Resolver<ResolversTypes['SegmentChange'], ParentType, ContextType>;
  localFirmsFrom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localFirmsTo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localSupplyRatioFrom?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  localSupplyRatioTo?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  statusFrom?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  statusTo?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
};

export type SegmentFirmResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentFirm'] = ResolversParentTypes['SegmentFirm']> = {
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  srdiLevel?: Resolver<Maybe<ResolversTypes['SrdiLevel']>, ParentType, ContextType>;
};

export type SegmentFirmPageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentFirmPage'] = ResolversParentTypes['SegmentFirmPage']> = {
  firms?: Resolver<Array<ResolversTypes['SegmentFirm']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SegmentGapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentGap'] = ResolversParentTypes['SegmentGap']> = {
  buyerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clusterChainLeaders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clusterFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clusterRevenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clusterRevenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusterSrdiFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feeds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  inflow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inflowBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  localChainLeaders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localInflow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  localInflowBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  localRevenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  localRevenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  localSrdiFirms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  localSupplyRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  singlePoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSourceAtRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleSourceRiskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  singleSourceRiskValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  singleSourceRiskValueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  singleSourceShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GapStatus'], ParentType, ContextType>;
  supplierCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topSupplierCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topSupplierName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topSupplierShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SegmentHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SegmentHit'] = ResolversParentTypes['SegmentHit']> = {
  chainLeaders?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  chainName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  localFirmCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['Segment'], ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SingleSourceRiskResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SingleSourceRisk'] = ResolversParentTypes['SingleSourceRisk']> = {
  buyerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  buyerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  segmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplierCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplierLocal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supplierName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SingleSourceSegmentGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SingleSourceSegmentGroup'] = ResolversParentTypes['SingleSourceSegmentGroup']> = {
  atRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  risks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  segmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  supplierCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topSuppliers?: Resolver<Array<ResolversTypes['SingleSourceSupplier']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SingleSourceSupplierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SingleSourceSupplier'] = ResolversParentTypes['SingleSourceSupplier']> = {
  buyers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplierCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplierLocal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supplierName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SingleSourceSupplierGroupResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SingleSourceSupplierGroup'] = ResolversParentTypes['SingleSourceSupplierGroup']> = {
  dependants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  risks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  segmentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  supplierCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supplierLocal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supplierName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStatus'], ParentType, ContextType>;
};

export type SupplyLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupplyLink'] = ResolversParentTypes['SupplyLink']> = {
  annualValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  annualValueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buyer?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  buyerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editScope?: Resolver<ResolversTypes['EditScope'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  supplierCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SynonymResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Synonym'] = ResolversParentTypes['Synonym']> = {
  canonical?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chainId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  segmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  segmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TargetDashboardResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TargetDashboard'] = ResolversParentTypes['TargetDashboard']> = {
  baselineYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TargetListResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TargetList'] = ResolversParentTypes['TargetList']> = {
  clusterId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clusterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['TargetListEntry']>, ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['PipelineStatusCount']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TargetListEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TargetListEntry'] = ResolversParentTypes['TargetListEntry']> = {
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  local?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  segmentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStatus'], ParentType, ContextType>;
  statusDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TargetListMembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TargetListMembership'] = ResolversParentTypes['TargetListMembership']> = {
  listId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStatus'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  clusterIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserWithPasswordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserWithPassword'] = ResolversParentTypes['UserWithPassword']> = {
  password?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WhatIfAttractResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WhatIfAttractResult'] = ResolversParentTypes['WhatIfAttractResult']> = {
  attracted?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completenessAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  completenessBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  figuresYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  indicatorChanges?: Resolver<Array<ResolversTypes['IndicatorChange']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['LocalScope'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['AttractSegment']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WhatIfResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WhatIfResult'] = ResolversParentTypes['WhatIfResult']> = {
  affectedRevenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  affectedRevenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clusterId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cutOffCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figuresYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  removed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waves?: Resolver<Array<ResolversTypes['WhatIfWave']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WhatIfWaveResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WhatIfWave'] = ResolversParentTypes['WhatIfWave']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firms?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  revenueBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  About?: AboutResolvers<ContextType>;
  AttractSegment?: AttractSegmentResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  ChainComparison?: ChainComparisonResolvers<ContextType>;
  ChainEvolution?: ChainEvolutionResolvers<ContextType>;
  ChainGapReport?: ChainGapReportResolvers<ContextType>;
  ChainLeader?: ChainLeaderResolvers<ContextType>;
  ChainSegment?: ChainSegmentResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterOnChain?: ClusterOnChainResolvers<ContextType>;
  ClusterSegmentStatus?: ClusterSegmentStatusResolvers<ContextType>;
  Collaboration?: CollaborationResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  EditScope?: EditScopeResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseChange?: EnterpriseChangeResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  EnterpriseYear?: EnterpriseYearResolvers<ContextType>;
  ExpandedWord?: ExpandedWordResolvers<ContextType>;
  GapThresholds?: GapThresholdsResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphView?: GraphViewResolvers<ContextType>;
  ImportChange?: ImportChangeResolvers<ContextType>;
  ImportChangeConnection?: ImportChangeConnectionResolvers<ContextType>;
  ImportChangeEdge?: ImportChangeEdgeResolvers<ContextType>;
  ImportUndoResult?: ImportUndoResultResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorChange?: IndicatorChangeResolvers<ContextType>;
  IndicatorPoint?: IndicatorPointResolvers<ContextType>;
  InvestmentTarget?: InvestmentTargetResolvers<ContextType>;
  LocalSubstitute?: LocalSubstituteResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeerStrength?: PeerStrengthResolvers<ContextType>;
  PipelineStatusCount?: PipelineStatusCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResearchInstitute?: ResearchInstituteResolvers<ContextType>;
  Role?: RoleResolvers;
  Segment?: SegmentResolvers<ContextType>;
  SegmentEvolution?: SegmentEvolutionResolvers<ContextType>;
  SegmentFirm?: SegmentFirmResolvers<ContextType>;
  SegmentFirmPage?: SegmentFirmPageResolvers<ContextType>;
  SegmentGap?: SegmentGapResolvers<ContextType>;
  SegmentHit?: SegmentHitResolvers<ContextType>;
  SingleSourceRisk?: SingleSourceRiskResolvers<ContextType>;
  SingleSourceSegmentGroup?: SingleSourceSegmentGroupResolvers<ContextType>;
  SingleSourceSupplier?: SingleSourceSupplierResolvers<ContextType>;
  SingleSourceSupplierGroup?: SingleSourceSupplierGroupResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  SupplyLink?: SupplyLinkResolvers<ContextType>;
  Synonym?: SynonymResolvers<ContextType>;
  TargetDashboard?: TargetDashboardResolvers<ContextType>;
  TargetList?: TargetListResolvers<ContextType>;
  TargetListEntry?: TargetListEntryResolvers<ContextType>;
  TargetListMembership?: TargetListMembershipResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserWithPassword?: UserWithPasswordResolvers<ContextType>;
  WhatIfAttractResult?: WhatIfAttractResultResolvers<ContextType>;
  WhatIfResult?: WhatIfResultResolvers<ContextType>;
  WhatIfWave?: WhatIfWaveResolvers<ContextType>;
};

