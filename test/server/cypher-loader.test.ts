import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, CypherLibrary, UnknownCypherError } from '../../server/cypher.js';
import { Database } from '../../server/db/index.js';
import { createServices } from '../../server/services.js';

describe('the Cypher library', () => {
  it('loads every file of cypher/ by its path', () => {
    const library = CypherLibrary.load();
    expect(library.names).toContain('clusters/list');
    expect(library.get('clusters/list')).toMatch(/MATCH \(c:Cluster\)/);
  });

  it('fails on an unknown name when a service picks it, i.e. at start-up', () => {
    const library = CypherLibrary.load();
    expect(() => library.pick('clusters/list', 'clusters/no-such-query')).toThrow(UnknownCypherError);
  });

  it('picks a family of statements keyed by kind, and fails on a missing member at start-up', () => {
    const library = CypherLibrary.load();
    const family = library.pickEach('imports/journal/restore-', ['chains', 'supply-links'] as const);
    expect(Object.keys(family)).toEqual(['chains', 'supply-links']);
    expect(family.chains.name).toBe('imports/journal/restore-chains');
    expect(family['supply-links'].text).toBe(library.get('imports/journal/restore-supply-links'));
    expect(() => library.pickEach('imports/journal/restore-', ['chains', 'no-such-kind'])).toThrow(UnknownCypherError);
  });

  it('makes service construction (start-up) fail when a statement file is missing', () => {
    // every statement but one
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'clusters/by-ids.cypher'));
    const partial = CypherLibrary.load(dir);
    const db = Database.create({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' });
    expect(() => createServices(db, partial)).toThrow(/Unknown Cypher statement "clusters\/by-ids"/);
    void db.close();
  });

  it('splits schema files into single statements', () => {
    const statements = CypherLibrary.load().schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(10);
    for (const s of statements) expect(s.text).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX)/);
  });
});
