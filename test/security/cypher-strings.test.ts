import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No Cypher is ever built from input: every statement is a file in cypher/ with $parameters.
 * This test reads the TypeScript of server/, seed/, bench/ and scripts/ and fails on
 * - a template literal with Cypher keywords and a ${...} in it (Cypher built by interpolation);
 * - a string literal with Cypher keywords joined with + (Cypher built by concatenation);
 * - a driver call that runs text directly (session.run, executeQuery, driver.session) outside
 *   server/db, the one module that owns the driver;
 * - adHoc(...) (literal Cypher outside the library) anywhere in server/ but server/db.
 * A reviewed exception needs an entry in ALLOWED with its reason.
 */
const ROOTS = ['server', 'seed', 'bench', 'scripts'];
/** What Cypher looks like (case-sensitive keywords with the syntax around them, or a pattern), not prose that names a keyword. */
const KEYWORDS =
  /\b(MATCH|MERGE|CREATE)\s*\(|\bOPTIONAL MATCH\b|\bDETACH DELETE\b|\bUNWIND\s.+\sAS\s|\bLOAD CSV (WITH HEADERS )?FROM\b|\bCALL\s*(\{|\(|[a-z]+\.)|\bRETURN\s+[a-z*(]|\bWHERE\s+[a-z]\w*[.\s]|\bSET\s+[a-z]\w*\s*[.+=]|\b(DELETE|REMOVE)\s+[a-z]|\(\w*:[A-Z]\w*|\]->\(|\)-\[/;
const DRIVER_CALL = /\b(session\.run|\.executeQuery|driver\.session|\.executeRead|\.executeWrite)\s*\(/;

export interface Finding {
  file: string;
  line: number;
  rule: 'interpolated' | 'concatenated' | 'driver-call' | 'ad-hoc';
  text: string;
}

/** Reviewed exceptions: file, a fragment of the offending line, and why it is safe. */
const ALLOWED: { file: string; contains: string; reason: string }[] = [
  {
    file: 'bench/profile.ts',
    contains: 'session.run(`PROFILE ${r.statement.text}`',
    reason: 'PROFILE in front of a statement of the library, with its own parameters (benchmark only)',
  },
  { file: 'bench/profile.ts', contains: 'driver.session(', reason: 'the benchmark profiles statements of the library on its own driver' },
  {
    file: 'bench/start.ts',
    contains: 'const res = await driver.executeQuery(',
    reason: 'a constant query for the heap size of the benchmarked Neo4j',
  },
  { file: 'bench/peer.ts', contains: 'driver.session(', reason: 'the @neo4j/graphql peer of the benchmark owns its driver' },
];

export function scan(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const inDb = file.startsWith('server/db/');
  // template literals (nested ones are found inside their parent's text)
  for (const match of source.matchAll(/`(?:[^`\\]|\\[\s\S])*`/g)) {
    if (match[0].includes('${') && KEYWORDS.test(match[0].replace(/\$\{[^}]*\}/g, ''))) {
      findings.push({ file, line: lineOf(match.index), rule: 'interpolated', text: match[0].slice(0, 120) });
    }
  }
  // string literals with Cypher keywords next to a +
  for (const match of source.matchAll(/(['"])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
    if (!KEYWORDS.test(match[2]!)) continue;
    const before = source.slice(Math.max(0, match.index - 3), match.index);
    const after = source.slice(match.index + match[0].length, match.index + match[0].length + 3);
    if (/\+\s*$/.test(before) || /^\s*\+/.test(after))
      findings.push({ file, line: lineOf(match.index), rule: 'concatenated', text: match[0].slice(0, 120) });
  }
  const lines = source.split('\n');
  lines.forEach((text, i) => {
    if (/^\s*(\/\/|\*)/.test(text)) return;
    if (!inDb && DRIVER_CALL.test(text)) findings.push({ file, line: i + 1, rule: 'driver-call', text: text.trim().slice(0, 160) });
    if (file.startsWith('server/') && !inDb && /\badHoc\s*\(/.test(text))
      findings.push({ file, line: i + 1, rule: 'ad-hoc', text: text.trim().slice(0, 160) });
  });
  return findings;
}

function sources(): { file: string; source: string }[] {
  const out: { file: string; source: string }[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !['node_modules', 'out', 'results'].includes(entry.name)) walk(full);
      } else if (/\.(ts|tsx|mts|js|mjs|jsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && entry.name !== 'generated.ts') {
        out.push({ file: full.split(path.sep).join('/'), source: fs.readFileSync(full, 'utf8') });
      }
    }
  };
  for (const root of ROOTS) walk(root);
  return out;
}

describe('no Cypher built from strings', () => {
  it('finds none in server/, seed/, bench/ and scripts/ (reviewed exceptions aside)', () => {
    const files = sources();
    expect(files.filter((f) => f.file.startsWith('server/')).length).toBeGreaterThan(30);
    const findings = files
      .flatMap(({ file, source }) => scan(file, source))
      .filter((f) => !ALLOWED.some((a) => a.file === f.file && f.text.includes(a.contains)));
    expect(findings, findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.text}`).join('\n')).toEqual([]);
  });

  it('catches each way of building Cypher from input (the scanner itself)', () => {
    const bad = [
      'const q = `MATCH (e:Enterprise {creditCode: "${code}"}) RETURN e`;',
      "await db.read(adHoc('MATCH (n) WHERE n.name = \\'' + name + '\\' RETURN n'));",
      'const s = "MERGE (c:Cluster {id: " + id + "})";',
      'const r = await session.run(text, params);',
      'const x = await driver.executeQuery(`RETURN 1`);',
      "const t = adHoc('MATCH (n) RETURN n');",
      'const u = `UNWIND ${JSON.stringify(rows)} AS row CREATE (n)`;',
    ];
    const rules = bad.map((line) => scan('server/feature/service.ts', line).map((f) => f.rule));
    expect(rules).toEqual([
      ['interpolated'],
      ['concatenated', 'concatenated', 'ad-hoc'],
      ['concatenated'],
      ['driver-call'],
      ['driver-call'],
      ['ad-hoc'],
      ['interpolated'],
    ]);
    const good = [
      "this.q = cypher.pick('enterprises/by-codes');",
      "await tx.run(this.q['targets/add-entry'], { listId, creditCode });",
      'throw badInput(`unknown segment ${shown(id)}`);',
      'log(`Rolled back ${n} import(s) (LOAD CSV was not used; MATCH the file names)`);',
      "const message = 'Where is it?' + suffix;",
    ];
    for (const line of good) expect(scan('server/feature/service.ts', line), line).toEqual([]);
    // the database module may talk to the driver
    expect(scan('server/db/index.ts', 'const result = await session.run(statement.text, params);')).toEqual([]);
  });
});
