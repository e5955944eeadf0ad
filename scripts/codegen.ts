import type { CodegenConfig } from '@graphql-codegen/cli';

// The server's resolver types and the web's schema types come from the same .graphql files.
const config: CodegenConfig = {
  schema: ['server/graphql/schema.graphql', 'server/*/schema.graphql'],
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
        mappers: { Enterprise: '../enterprises/types.js#EnterpriseParent', User: '../auth/service.js#UserView', SupplyLink: '../edits/service.js#SupplyLinkResult', ImportChange: '../imports/changes.js#ImportChangeRecord' },
        scalars: { ID: 'string' },
      },
    },
    'web/src/api/schema-types.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, useTypeImports: true, maybeValue: 'T | null', scalars: { ID: 'string' } },
    },
  },
  hooks: { afterAllFileWrite: [] },
};
export default config;
