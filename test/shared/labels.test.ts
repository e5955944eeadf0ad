import { describe, expect, it } from 'vitest';
import * as enums from '#shared/enums.js';
import * as labels from '#shared/labels.js';
import { LOCAL_SCOPE_LABELS, LOCAL_SCOPES } from '#shared/regions.js';

/**
 * The label tables are data (server/shared/labels.json): every enum array of enums.ts has a table
 * named after it (CLUSTER_LEVELS → CLUSTER_LEVEL_LABELS, GAP_STATUSES → GAP_STATUS_LABELS) that
 * labels exactly its values, in Chinese and English; so do the tables of the other lists.
 */
const tables = labels as unknown as Record<string, Record<string, { zh: unknown; en: unknown }>>;
const labelled = Object.entries(enums).map(([name, values]) => ({
  name,
  values,
  table: tables[`${name.slice(0, -1)}_LABELS`] ?? tables[`${name.slice(0, -2)}_LABELS`],
}));

function expectLabels(table: Record<string, { zh: unknown; en: unknown }>, values: readonly string[]): void {
  expect(Object.keys(table).sort()).toEqual([...values].sort());
  for (const value of values) {
    expect(typeof table[value]!.zh === 'string' && table[value]!.zh !== '', `${value} zh`).toBe(true);
    expect(typeof table[value]!.en === 'string' && table[value]!.en !== '', `${value} en`).toBe(true);
  }
}

describe('label tables', () => {
  it('finds a table for every enum', () => {
    expect(labelled.filter((e) => e.table === undefined).map((e) => e.name)).toEqual([]);
    expect(labelled).toHaveLength(12);
  });

  it.each(labelled)('$name: a label for each value and no other', ({ values, table }) => expectLabels(table!, values));

  it('labels the short SRDI levels, the local scopes and the target regions', () => {
    expectLabels(tables.SRDI_LEVEL_SHORT_LABELS!, enums.SRDI_LEVELS);
    expectLabels(LOCAL_SCOPE_LABELS, LOCAL_SCOPES);
    expectLabels(tables.TARGET_REGION_LABELS!, ['same', 'other']);
    expect(Object.keys(labels.CHAIN_LEADER_LABEL).sort()).toEqual(['en', 'zh']);
  });
});
