import neo4j, { Date as Neo4jDate, Node } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../server/db/values.js';

describe('toPlain', () => {
  it('keeps strings, numbers and booleans, turns driver values into plain ones', () => {
    expect(toPlain('轴承')).toBe('轴承');
    expect(toPlain('')).toBe('');
    expect(toPlain(0)).toBe(0);
    expect(toPlain(1.5)).toBe(1.5);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(12n)).toBe(12);
    expect(toPlain(neo4j.int(2025))).toBe(2025);
    expect(toPlain(new Neo4jDate(2026, 11, 29))).toBe('2026-11-29');
    expect(toPlain(new Node(neo4j.int(1), ['Enterprise'], { creditCode: 'X', founded: neo4j.int(1999) }))).toEqual({
      creditCode: 'X',
      founded: 1999,
    });
    expect(toPlain({ rows: [{ year: neo4j.int(2023), ok: true, name: null, tags: ['a', neo4j.int(3)] }] })).toEqual({
      rows: [{ year: 2023, ok: true, name: null, tags: ['a', 3] }],
    });
  });
});
