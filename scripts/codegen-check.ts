import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm run codegen:check`: fails when a checked-in generated file is stale (a schema or a web
 * operation changed without `npm run codegen`). Generates into a temporary folder (CODEGEN_OUT,
 * scripts/codegen.ts) and compares bytes, so it needs no git state and writes nothing in the tree.
 */
const GENERATED = ['server/graphql/generated.ts', 'web/src/gql'];

/** Every file under a path (itself when it is a file), relative to `root`, sorted. */
function filesOf(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full)
    .flatMap((name) => filesOf(root, path.join(relative, name)))
    .sort();
}

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-codegen-'));
try {
  const bin = path.resolve('node_modules/.bin/graphql-codegen');
  const run = spawnSync(bin, ['--config', 'scripts/codegen.ts', '--silent'], {
    env: { ...process.env, CODEGEN_OUT: out },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('codegen:check: codegen failed (see above)');
    process.exit(1);
  }
  const stale: string[] = [];
  for (const generated of GENERATED) {
    const expected = filesOf(out, generated);
    const actual = filesOf('.', generated);
    for (const file of new Set([...expected, ...actual])) {
      const fresh = expected.includes(file) ? fs.readFileSync(path.join(out, file)) : null;
      const checkedIn = actual.includes(file) ? fs.readFileSync(file) : null;
      if (!fresh || !checkedIn || !fresh.equals(checkedIn))
        stale.push(`${file}${!fresh ? ' (no longer generated)' : !checkedIn ? ' (missing)' : ''}`);
    }
  }
  if (stale.length > 0) {
    console.error(`codegen:check: generated files are stale; run \`npm run codegen\` and commit:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`codegen:check: ${GENERATED.join(', ')} are up to date`);
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
