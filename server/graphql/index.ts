import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, Kind, type DocumentNode, type GraphQLFormattedError, type OperationDefinitionNode } from 'graphql';
import { auditResolvers } from '../audit/resolvers.js';
import { authResolvers } from '../auth/resolvers.js';
import { chainResolvers } from '../chains/resolvers.js';
import { clusterResolvers } from '../clusters/resolvers.js';
import { dashboardResolvers } from '../dashboard/resolvers.js';
import { DatabaseUnavailableError } from '../db/index.js';
import { editResolvers } from '../edits/resolvers.js';
import { enterpriseResolvers } from '../enterprises/resolvers.js';
import { gapResolvers } from '../gaps/resolvers.js';
import { importResolvers } from '../imports/resolvers.js';
import { AppError, type ErrorCode } from '../errors.js';
import { networkResolvers } from '../network/resolvers.js';
import { searchResolvers } from '../search/resolvers.js';
import { targetListResolvers } from '../targets/resolvers.js';
import type { RequestContext } from './context.js';
import type { Resolvers } from './generated.js';
import { jsonStatusPlugin } from './http-status.js';
import { MAX_COST, MAX_DEPTH, measureOperation } from './limits.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The schema is the .graphql files: the root one here, then one per feature folder. */
export function loadTypeDefs(): string[] {
  const files = [path.join(serverDir, 'graphql/schema.graphql')];
  for (const entry of fs.readdirSync(serverDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(serverDir, entry.name, 'schema.graphql');
    if (entry.isDirectory() && entry.name !== 'graphql' && fs.existsSync(file)) files.push(file);
  }
  return files.map((file) => fs.readFileSync(file, 'utf8'));
}

const baseResolvers: Resolvers = {
  Query: {
    about: () => ({ version: '0.1.0', dataSetLabel: '合成数据（示例）· synthetic data set', synthetic: true }),
  },
};

const featureResolvers: Resolvers[] = [
  baseResolvers,
  clusterResolvers,
  gapResolvers,
  chainResolvers,
  dashboardResolvers,
  targetListResolvers,
  enterpriseResolvers,
  editResolvers,
  networkResolvers,
  searchResolvers,
  authResolvers,
  auditResolvers,
  importResolvers,
];

function mergeResolvers(parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
  }
  return merged;
}

export function buildSchema() {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: mergeResolvers(featureResolvers) as never });
}

const CLIENT_ERROR_CODES: Record<string, ErrorCode> = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: 'BAD_INPUT',
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: 'BAD_INPUT',
  [ApolloServerErrorCode.BAD_USER_INPUT]: 'BAD_INPUT',
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: 'BAD_INPUT',
  [ApolloServerErrorCode.BAD_REQUEST]: 'BAD_INPUT',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: 'BAD_INPUT',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: 'BAD_INPUT',
};

/**
 * Expected errors keep their message and get a stable code; anything else is logged in full
 * and reaches the client only as INTERNAL.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (e: unknown) => void = console.error,
): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  // An AppError raised outside a resolver (the sign-in gate, the limits, the session lookup)
  // travels inside one or more GraphQLErrors (possibly of another copy of graphql-js).
  for (let cause: unknown = original, i = 0; cause && i < 5; cause = (cause as { originalError?: unknown }).originalError, i++) {
    if (cause instanceof AppError || cause instanceof DatabaseUnavailableError) {
      original = cause;
      break;
    }
  }
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (original instanceof DatabaseUnavailableError) {
    return {
      message: '数据库暂时不可用，请稍后重试 (database unavailable)',
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && CLIENT_ERROR_CODES[apolloCode]) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: CLIENT_ERROR_CODES[apolloCode] },
    };
  }
  log(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

/** Root fields anyone may ask for without signing in (everything else is UNAUTHENTICATED). */
const PUBLIC_ROOT_FIELDS: Readonly<Record<'query' | 'mutation' | 'subscription', readonly string[]>> = {
  query: ['about', 'me', '__typename'],
  mutation: ['signIn', '__typename'],
  subscription: [],
};

/** The root field names an operation selects (through fragments on the root type). */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const names: string[] = [];
  const seen = new Set<string>();
  const visit = (selections: OperationDefinitionNode['selectionSet']['selections']) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet.selections);
      }
    }
  };
  visit(operation.selectionSet.selections);
  return names;
}

const appGraphQLError = (error: AppError, status: number) =>
  new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status } } });

/**
 * Runs after an operation is parsed and validated, before anything executes: an anonymous
 * caller may only ask for the public root fields; every operation must stay within the depth
 * and cost limits (LIMIT_EXCEEDED otherwise).
 */
export function guardPlugin(
  limits: { maxDepth: number; maxCost: number } = { maxDepth: MAX_DEPTH, maxCost: MAX_COST },
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request, schema }) {
          if (!operation) return;
          if (!contextValue.user) {
            const allowed = PUBLIC_ROOT_FIELDS[operation.operation];
            if (rootFields(document, operation).some((name) => !allowed.includes(name))) {
              throw appGraphQLError(new AppError('UNAUTHENTICATED', '请先登录 (sign in first)'), 401);
            }
          }
          const measure = measureOperation(schema, document, operation, request.variables ?? {});
          if (measure.depth > limits.maxDepth) {
            throw appGraphQLError(
              new AppError(
                'LIMIT_EXCEEDED',
                `查询嵌套过深 (the operation is nested ${measure.depth} levels deep; at most ${limits.maxDepth})`,
                { depth: measure.depth, maxDepth: limits.maxDepth },
              ),
              400,
            );
          }
          if (measure.cost > limits.maxCost) {
            throw appGraphQLError(
              new AppError(
                'LIMIT_EXCEEDED',
                `查询过大，请减少字段或每页条数 (the operation may cost ${measure.cost}; at most ${limits.maxCost}: ask for fewer fields or smaller pages)`,
                { cost: measure.cost, maxCost: limits.maxCost },
              ),
              400,
            );
          }
        },
      };
    },
  };
}

/** Tokens a query document may have: far above any the app sends, far below a parser flood. */
const MAX_TOKENS = 5_000;

export function createApolloServer(options: {
  production: boolean;
  plugins?: ApolloServerPlugin<RequestContext>[];
}): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: buildSchema(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // no "Did you mean …?" in validation errors: they would list the schema's fields to anyone
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: [
      guardPlugin(),
      jsonStatusPlugin(),
      // Apollo installs these implicitly; each is turned off on purpose:
      // - cache control: its willResolveField hook wraps every field resolver (a few % of the
      //   CPU on 10,000-field answers) to compute HTTP cache hints, and API answers are
      //   always `no-store` (app.ts) since they hold confidential data;
      // - usage/schema reporting and inline traces would send operations to Apollo's cloud if
      //   an APOLLO_KEY ever appeared in the environment: confidential data stays here;
      // - the landing page (Apollo Sandbox from a CDN) is blocked by the CSP anyway.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...(options.plugins ?? []),
    ],
  });
}
