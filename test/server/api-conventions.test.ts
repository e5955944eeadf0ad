import fs from 'node:fs';
import { buildASTSchema, getNamedType, isNonNullType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../server/graphql/index.js';
import { ANALYSIS_COST, FIELD_COSTS } from '../../server/graphql/limits.js';

/**
 * The schema keeps the decisions of docs/api-conventions.md: analyses are nullable root fields
 * (a failing one leaves the others of the request their data), mutations are non-null, and every
 * object type either has `id: ID!` for a normalising client cache or is named there as a value
 * embedded in its parent (so a new type gets a decision, not an accident).
 */
const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const conventions = fs.readFileSync('docs/api-conventions.md', 'utf8');

describe('the API conventions', () => {
  it('makes every analysis root field nullable (FIELD_COSTS of at least half an analysis)', () => {
    const analyses = Object.entries(FIELD_COSTS)
      .filter(([field, cost]) => field.startsWith('Query.') && cost >= ANALYSIS_COST / 2)
      .map(([field]) => field.slice('Query.'.length));
    expect(analyses.length).toBeGreaterThan(5);
    const fields = schema.getQueryType()!.getFields();
    expect(analyses.filter((name) => !fields[name] || isNonNullType(fields[name].type))).toEqual([]);
  });

  it('makes every mutation non-null', () => {
    const fields = Object.values(schema.getMutationType()!.getFields()).filter((f) => f.name !== '_noop');
    expect(fields.filter((f) => !isNonNullType(f.type)).map((f) => f.name)).toEqual([]);
  });

  it('gives every object type an id, or names it in docs/api-conventions.md as a value type', () => {
    const undecided: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Query' || type.name === 'Mutation') continue;
      const id = type.getFields().id;
      if (id) expect([type.name, isNonNullType(id.type) && getNamedType(id.type).name]).toEqual([type.name, 'ID']);
      else if (!conventions.includes(`\`${type.name}\``)) undecided.push(type.name);
    }
    expect(undecided).toEqual([]);
  });

  it('pages with the whole Relay PageInfo', () => {
    const pageInfo = schema.getType('PageInfo');
    expect(isObjectType(pageInfo) && Object.keys(pageInfo.getFields()).sort()).toEqual([
      'endCursor',
      'hasNextPage',
      'hasPreviousPage',
      'startCursor',
    ]);
  });
});
