import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as enums from '#shared/enums.js';

/**
 * The kernel's enums are the API's: every enum array in server/shared/enums.ts equals the values
 * (in order) of its GraphQL enum in the .graphql files, or is named below as shown to clients as
 * a String. A new array must be placed in one of the two lists.
 */
const SCHEMA_ENUM_OF: Record<string, string> = {
  CLUSTER_LEVELS: 'ClusterLevel',
  STAGES: 'Stage',
  SRDI_LEVELS: 'SrdiLevel',
  GAP_STATUSES: 'GapStatus',
  TARGET_KINDS: 'TargetKind',
  PIPELINE_STATUSES: 'PipelineStatus',
  SEGMENT_CHANGES: 'SegmentChange',
};
/** Kinds the schema types as String (node, edge, institute, platform and collaboration kinds). */
const STRING_IN_SCHEMA = ['INSTITUTE_KINDS', 'COLLABORATION_KINDS', 'PLATFORM_KINDS', 'GRAPH_NODE_KINDS', 'GRAPH_EDGE_KINDS'];
/** Schema enums defined outside the kernel: Role (server/auth/policy.ts, lower case there), the request-only Direction and ImportChangeOp. */
// LocalScope's values are LOCAL_SCOPES in server/shared/regions.ts, beside the region table they scope
const SCHEMA_ONLY = ['Role', 'Direction', 'ImportChangeOp', 'LocalScope'];

const serverDir = path.resolve(import.meta.dirname, '../../server');
const schemaFiles = [
  path.join(serverDir, 'graphql/schema.graphql'),
  ...fs
    .readdirSync(serverDir)
    .map((dir) => path.join(serverDir, dir, 'schema.graphql'))
    .filter((file) => !file.includes(`${path.sep}graphql${path.sep}`) && fs.existsSync(file)),
];
const schema = buildSchema(schemaFiles.map((file) => fs.readFileSync(file, 'utf8')).join('\n'));
const schemaEnums = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'),
);
const kernelArrays = Object.entries(enums as Record<string, unknown>).filter((entry): entry is [string, readonly string[]] =>
  Array.isArray(entry[1]),
);

describe('the kernel enums and the GraphQL schema', () => {
  it('reads every feature schema', () => {
    expect(schemaFiles.length).toBeGreaterThan(5);
    expect(kernelArrays.length).toBe(Object.keys(SCHEMA_ENUM_OF).length + STRING_IN_SCHEMA.length);
  });

  it.each(Object.entries(SCHEMA_ENUM_OF))('%s lists the values of enum %s, in order', (name, enumName) => {
    const type = schema.getType(enumName);
    expect(type, enumName).toBeInstanceOf(GraphQLEnumType);
    expect([...((enums as Record<string, unknown>)[name] as readonly string[])]).toEqual(
      (type as GraphQLEnumType).getValues().map((value) => value.name),
    );
  });

  it('places every enum array of the kernel, and every enum of the schema', () => {
    for (const [name] of kernelArrays)
      expect(
        SCHEMA_ENUM_OF[name] !== undefined || STRING_IN_SCHEMA.includes(name),
        `${name}: add it to SCHEMA_ENUM_OF or STRING_IN_SCHEMA`,
      ).toBe(true);
    const placed = new Set([...Object.values(SCHEMA_ENUM_OF), ...SCHEMA_ONLY]);
    for (const type of schemaEnums)
      expect(placed.has(type.name), `enum ${type.name}: define it in server/shared/enums.ts or list it in SCHEMA_ONLY`).toBe(true);
  });
});
