export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
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
  dataSetLabel?: Maybe<Scalars['String']['output']>;
  synthetic: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type Cluster = {
  __typename?: 'Cluster';
  chainId?: Maybe<Scalars['ID']['output']>;
  chainName?: Maybe<Scalars['String']['output']>;
  county: Scalars['String']['output'];
  /** growth over the year before, % */
  growth?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  leadIndustry?: Maybe<Scalars['String']['output']>;
  level: ClusterLevel;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** output in the latest year, 万元 */
  output?: Maybe<Scalars['Float']['output']>;
  taxShare?: Maybe<Scalars['Float']['output']>;
  /** latest year with figures */
  year?: Maybe<Scalars['Int']['output']>;
};

export type ClusterLevel =
  | 'CITY'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type County = {
  __typename?: 'County';
  clusterCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  output: Scalars['Float']['output'];
};

export type Direction =
  | 'BOTH'
  | 'DOWNSTREAM'
  | 'UPSTREAM';

export type GapStatus =
  | 'COVERED'
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

export type Indicator = {
  __typename?: 'Indicator';
  /** the value computed for the baseline year; null when the data have no figures for it */
  baseline?: Maybe<Scalars['Float']['output']>;
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
  met?: Maybe<Scalars['Boolean']['output']>;
  /** the figure as the policy states it: 3 clusters, +100 firms, +20 (%), 5 (%), 10 (% a year) */
  policyTarget: Scalars['Float']['output'];
  /** 0 at the baseline (or nothing), 1 at the target, above 1 beyond it; see TargetKind */
  progress?: Maybe<Scalars['Float']['output']>;
  /** the value to reach by 2026, in the same unit (baseline-based for DELTA and GROWTH) */
  target?: Maybe<Scalars['Float']['output']>;
  targetKind: TargetKind;
  /** 2026 */
  targetYear: Scalars['Int']['output'];
  /** the value of every year with figures up to the dashboard's year, for charts */
  trend: Array<IndicatorPoint>;
  /** Chinese unit of baseline, value and target: 个, 家, %, 万元 */
  unit: Scalars['String']['output'];
  unitEn: Scalars['String']['output'];
  /** the value computed for the dashboard's year; null when it cannot be computed (e.g. no revenue, no previous patent year) */
  value?: Maybe<Scalars['Float']['output']>;
};

export type IndicatorPoint = {
  __typename?: 'IndicatorPoint';
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Adds a firm (which must exist: NOT_FOUND otherwise) to the list with status IDENTIFIED.
   * A firm already in the list is CONFLICT: the list is not changed (remove it first to re-add it).
   */
  addTargetToList: TargetListEntry;
  /** A new, empty list. name 1–100 characters, note at most 2000; an unknown cluster is NOT_FOUND. */
  createTargetList: TargetList;
  /** Deletes the list with its entries and their history; NOT_FOUND when there is none. */
  deleteTargetList: Scalars['Boolean']['output'];
  /** Removes a firm and its history from the list; returns the list. NOT_FOUND when it is not in the list. */
  removeTargetFromList: TargetList;
  renameTargetList: TargetList;
  /**
   * Moves a firm to another pipeline status (any status may follow any other) and appends the change
   * to its history. `date` is the business date (YYYY-MM-DD) of the change, e.g. the signing day.
   */
  setTargetStatus: TargetListEntry;
};


export type MutationAddTargetToListArgs = {
  creditCode: Scalars['String']['input'];
  listId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  segmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationCreateTargetListArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteTargetListArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveTargetFromListArgs = {
  creditCode: Scalars['String']['input'];
  listId: Scalars['ID']['input'];
};


export type MutationRenameTargetListArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationSetTargetStatusArgs = {
  creditCode: Scalars['String']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
  listId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: PipelineStatus;
};

/** Relay-style page information for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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
  cluster?: Maybe<Cluster>;
  /** Clusters, filtered by county and level; ordered by county, then output. */
  clusters: Array<Cluster>;
  /** Counties (区县) with their clusters, for the panorama. */
  counties: Array<County>;
  /**
   * The 2026 targets of the cluster work plan (policy section 二): every indicator's 2023 baseline,
   * its value in `year`, the target, progress and whether it is met. `year` defaults to the latest
   * year with figures; a year outside 1900–2100 or without figures in the data is BAD_INPUT.
   */
  targetDashboard: TargetDashboard;
  /** One target list; null when there is none with this id. */
  targetList?: Maybe<TargetList>;
  /** 招商 target lists, most recently changed first; only those of one cluster when `clusterId` is given. */
  targetLists: Array<TargetList>;
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
  /** business date of the change (YYYY-MM-DD), when given */
  date?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  status: PipelineStatus;
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
  clusterId?: Maybe<Scalars['ID']['output']>;
  clusterName?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant (UTC) */
  createdAt: Scalars['String']['output'];
  /** user id of the creator ('system' when there was no signed-in user) */
  createdBy: Scalars['String']['output'];
  /** in the order the firms were added */
  entries: Array<TargetListEntry>;
  entryCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
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
  city?: Maybe<Scalars['String']['output']>;
  county?: Maybe<Scalars['String']['output']>;
  creditCode: Scalars['String']['output'];
  /** every status change, oldest first, starting with IDENTIFIED when the firm was added */
  history: Array<StatusChange>;
  listId: Scalars['ID']['output'];
  local?: Maybe<Scalars['Boolean']['output']>;
  /** the firm's name; null when the firm has since left the database */
  name?: Maybe<Scalars['String']['output']>;
  province?: Maybe<Scalars['String']['output']>;
  /** why the firm is a target (招商理由) */
  reason?: Maybe<Scalars['String']['output']>;
  /** the chain segment the firm would fill */
  segmentId?: Maybe<Scalars['ID']['output']>;
  segmentName?: Maybe<Scalars['String']['output']>;
  status: PipelineStatus;
  /** business date of the latest status change */
  statusDate?: Maybe<Scalars['String']['output']>;
  /** note of the latest status change */
  statusNote?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['String']['output'];
  updatedBy: Scalars['String']['output'];
};
