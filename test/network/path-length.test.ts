import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPLY_PATH_MAX_LENGTH } from '#shared/limits.js';

/**
 * Cypher cannot take a variable-length bound as a parameter, so path.cypher writes the supply
 * path's longest length as a number: it must be the kernel's SUPPLY_PATH_MAX_LENGTH, which the
 * firm page names in its hint ("at most 6 links").
 */
describe('the supply path length', () => {
  it("is the kernel's limit in every search of path.cypher", () => {
    const cypher = fs.readFileSync(path.resolve(import.meta.dirname, '../../cypher/network/path.cypher'), 'utf8');
    const bounds = [...cypher.matchAll(/\[:SUPPLIES\*\.\.(\d+)\]/g)].map((match) => Number(match[1]));
    expect(bounds).toHaveLength(3);
    expect(new Set(bounds)).toEqual(new Set([SUPPLY_PATH_MAX_LENGTH]));
  });
});
