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

export type SrdiLevel =
  | 'LITTLE_GIANT'
  | 'NONE'
  | 'PROVINCIAL';

export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';
