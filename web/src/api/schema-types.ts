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
};

/** Relay-style page information for cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
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

export type SrdiLevel =
  | 'LITTLE_GIANT'
  | 'NONE'
  | 'PROVINCIAL';

export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

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
