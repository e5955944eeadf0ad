import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One schema (the .graphql files) generates:
 * - `server/graphql/generated.ts`: resolver signatures; `mappers` make each parent type the service model the
 *   service returns, so resolvers return service results without casts;
 * - `web/src/gql/`: a typed document for every `graphql(`...`)` call in web/src (GraphQL Code Generator's client
 *   preset): the operation's result and variables types travel with its text, and `gql`/`useGql` infer them.
 * The outputs are not committed: install, build and test generate them (docs/typed-operations.md).
 */

const config: CodegenConfig = {
  schema: ['server/graphql/schema.graphql', 'server/*/schema.graphql'],
  // Only `graphql(...)` calls are operations: the legacy `/* GraphQL */` strings of views not yet converted are not
  // plucked (a magic comment nobody writes), nor `gql(...)` calls (requests, web/src/api/client.ts).
  pluckConfig: { globalGqlIdentifierName: ['graphql'], gqlMagicComment: 'typed-graphql-documents-only' },
  generates: {
    'server/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: './context.js#RequestContext',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        mappers: {
          Enterprise: '../enterprises/types.js#EnterpriseParent',
          User: '../auth/service.js#UserView',
          SupplyLink: '../edits/service.js#SupplyLinkResult',
          ImportChange: '../imports/changes.js#ImportChangeRecord',
          ChainGapReport: '../gaps/service.js#ChainGapReport as ChainGapReportModel',
          ChainComparison: '../chains/comparison.js#ChainComparison as ChainComparisonModel',
          InvestmentTarget: '../gaps/service.js#InvestmentTarget as InvestmentTargetModel',
          SegmentHit: '../search/service.js#SegmentHitRecord',
          Synonym: '../search/service.js#SynonymRecord',
          TargetListEntry: '../targets/service.js#TargetListEntry as TargetListEntryRecord',
        },
        // GraphQL's VIEWER is the policy's 'viewer' (server/auth/policy.ts ROLE_ENUM, the resolvers' Role map)
        enumValues: { Role: { VIEWER: 'viewer', ANALYST: 'analyst', EDITOR: 'editor', ADMIN: 'admin' } },
        scalars: { ID: 'string' },
      },
    },
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        maybeValue: 'T | null',
        scalars: { ID: 'string' },
        dedupeFragments: true,
      },
    },
  },
};
export default config;
