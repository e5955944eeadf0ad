import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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

export type IndicatorPoint = {
  __typename?: 'IndicatorPoint';
  value: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop: Maybe<Scalars['Boolean']['output']>;
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
  endCursor: Maybe<Scalars['String']['output']>;
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
  cluster: Maybe<Cluster>;
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
  targetList: Maybe<TargetList>;
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
  date: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cluster: ResolverTypeWrapper<Cluster>;
  ClusterLevel: ClusterLevel;
  County: ResolverTypeWrapper<County>;
  Direction: Direction;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapStatus: GapStatus;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<Indicator>;
  IndicatorPoint: ResolverTypeWrapper<IndicatorPoint>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PipelineStatus: PipelineStatus;
  PipelineStatusCount: ResolverTypeWrapper<PipelineStatusCount>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SrdiLevel: SrdiLevel;
  Stage: Stage;
  StatusChange: ResolverTypeWrapper<StatusChange>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetDashboard: ResolverTypeWrapper<TargetDashboard>;
  TargetKind: TargetKind;
  TargetList: ResolverTypeWrapper<TargetList>;
  TargetListEntry: ResolverTypeWrapper<TargetListEntry>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  About: About;
  Boolean: Scalars['Boolean']['output'];
  Cluster: Cluster;
  County: County;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Indicator: Indicator;
  IndicatorPoint: IndicatorPoint;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PipelineStatusCount: PipelineStatusCount;
  Query: Record<PropertyKey, never>;
  StatusChange: StatusChange;
  String: Scalars['String']['output'];
  TargetDashboard: TargetDashboard;
  TargetList: TargetList;
  TargetListEntry: TargetListEntry;
};

export type AboutResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['About'] = ResolversParentTypes['About']> = {
  dataSetLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type CountyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['County'] = ResolversParentTypes['County']> = {
  clusterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  output?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type IndicatorPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndicatorPoint'] = ResolversParentTypes['IndicatorPoint']> = {
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addTargetToList?: Resolver<ResolversTypes['TargetListEntry'], ParentType, ContextType, RequireFields<MutationAddTargetToListArgs, 'creditCode' | 'listId'>>;
  createTargetList?: Resolver<ResolversTypes['TargetList'], ParentType, ContextType, RequireFields<MutationCreateTargetListArgs, 'name'>>;
  deleteTargetList?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteTargetListArgs, 'id'>>;
  removeTargetFromList?: Resolver<ResolversTypes['TargetList'], ParentType, ContextType, RequireFields<MutationRemoveTargetFromListArgs, 'creditCode' | 'listId'>>;
  renameTargetList?: Resolver<ResolversTypes['TargetList'], ParentType, ContextType, RequireFields<MutationRenameTargetListArgs, 'id' | 'name'>>;
  setTargetStatus?: Resolver<ResolversTypes['TargetListEntry'], ParentType, ContextType, RequireFields<MutationSetTargetStatusArgs, 'creditCode' | 'listId' | 'status'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PipelineStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PipelineStatusCount'] = ResolversParentTypes['PipelineStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStatus'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  about?: Resolver<ResolversTypes['About'], ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType, RequireFields<QueryClusterArgs, 'id'>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType, Partial<QueryClustersArgs>>;
  counties?: Resolver<Array<ResolversTypes['County']>, ParentType, ContextType>;
  targetDashboard?: Resolver<ResolversTypes['TargetDashboard'], ParentType, ContextType, Partial<QueryTargetDashboardArgs>>;
  targetList?: Resolver<Maybe<ResolversTypes['TargetList']>, ParentType, ContextType, RequireFields<QueryTargetListArgs, 'id'>>;
  targetLists?: Resolver<Array<ResolversTypes['TargetList']>, ParentType, ContextType, Partial<QueryTargetListsArgs>>;
};

export type StatusChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PipelineStatus'], ParentType, ContextType>;
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

export type Resolvers<ContextType = RequestContext> = {
  About?: AboutResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  County?: CountyResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorPoint?: IndicatorPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PipelineStatusCount?: PipelineStatusCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  TargetDashboard?: TargetDashboardResolvers<ContextType>;
  TargetList?: TargetListResolvers<ContextType>;
  TargetListEntry?: TargetListEntryResolvers<ContextType>;
};

