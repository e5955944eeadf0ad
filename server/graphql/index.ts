import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLFormattedError } from 'graphql';
import { clusterResolvers } from '../clusters/resolvers.js';
import { dashboardResolvers } from '../dashboard/resolvers.js';
import { DatabaseUnavailableError } from '../db/index.js';
import { enterpriseResolvers } from '../enterprises/resolvers.js';
import { gapResolvers } from '../gaps/resolvers.js';
import { AppError, type ErrorCode } from '../errors.js';
import { networkResolvers } from '../network/resolvers.js';
import { targetListResolvers } from '../targets/resolvers.js';
import type { RequestContext } from './context.js';
import type { Resolvers } from './generated.js';

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

const featureResolvers: Resolvers[] = [baseResolvers, clusterResolvers, gapResolvers, dashboardResolvers, targetListResolvers, enterpriseResolvers, networkResolvers];

function mergeResolvers(parts: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
  }
  return merged as Resolvers;
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
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof DatabaseUnavailableError) {
    return { message: '数据库暂时不可用，请稍后重试 (database unavailable)', path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE' } };
  }
  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && CLIENT_ERROR_CODES[apolloCode]) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: CLIENT_ERROR_CODES[apolloCode] } };
  }
  log(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

export function createApolloServer(options: { production: boolean; plugins?: ApolloServerPlugin<RequestContext>[] }): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: buildSchema(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error),
    plugins: options.plugins ?? [],
  });
}
