import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../server/neo4j-local/index.js';

/**
 * Vitest global setup of the browser tier: serves the built app (npm run build first) with
 * the default data set, against the tier's Neo4j (global-neo4j.ts runs before this).
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.resolve('dist/web/index.html'))) {
    throw new Error('The web app is not built: run `npm run build` (npm test does it) before the browser tests');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(port), SEED: 'default', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app stopped during start-up:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`The app did not become ready in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  process.env.CHAINATLAS_TEST_URL = url;
  console.log(`[test] app served at ${url}`);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
}
