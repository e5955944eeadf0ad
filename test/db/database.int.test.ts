import { afterAll, describe, expect, it } from 'vitest';
import { adHoc } from '../../server/db/index.js';
import { applySchema } from '../../server/db/schema.js';
import { testCypher, testDatabase } from '../helpers/db.js';

const db = testDatabase();
afterAll(() => db.close());

describe('the database module against the real Neo4j', () => {
  it('talks to Neo4j 5.26 with APOC and converts integers to numbers', async () => {
    const [row] = await db.read(
      adHoc('CALL dbms.components() YIELD versions RETURN versions[0] AS version, apoc.version() AS apoc, 40 + 2 AS answer'),
    );
    expect(row!.version).toMatch(/^5\.26\./);
    expect(row!.apoc).toMatch(/^5\.26\./);
    expect(row!.answer).toBe(42);
  });

  it('applies the schema twice without error', async () => {
    const first = await applySchema(db, testCypher());
    const second = await applySchema(db, testCypher());
    expect(second).toBe(first);
    const constraints = await db.read(adHoc('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'));
    expect(constraints[0]!.names).toEqual(
      expect.arrayContaining(['enterprise_credit_code', 'cluster_id', 'segment_id', 'platform_id', 'institute_id', 'chain_id']),
    );
    const [fulltext] = await db.read(
      adHoc(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'enterprise_search' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
      ),
    );
    expect(fulltext!.analyzer).toBe('cjk');
  });

  it('passes EXPLAIN for every Cypher file', async () => {
    const library = testCypher();
    const failures: string[] = [];
    for (const name of library.names.filter((n) => !n.startsWith('schema/'))) {
      try {
        await db.read(adHoc(`EXPLAIN ${library.get(name)}`));
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('rolls a failed unit of work back entirely', async () => {
    const id = `rollback-${Date.now()}`;
    await expect(
      db.writeTransaction(async (tx) => {
        await tx.run(adHoc('CREATE (:Cluster {id: $id, name: "x"})'), { id });
        await tx.run(adHoc('CREATE (:Cluster {id: $id, name: "duplicate"})'), { id });
      }),
    ).rejects.toThrow(/already exists|ConstraintValidation/i);
    const rows = await db.read(adHoc('MATCH (c:Cluster {id: $id}) RETURN count(c) AS n'), { id });
    expect(rows[0]!.n).toBe(0);
  });
});
