import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { exitOnStartupError, startChainAtlas } from '../server/start.js';

// `npm start`: the web build (a second process, ~2 s of CPU) runs while the server starts Neo4j and
// loads the data (mostly Neo4j's own processes), so on two cores the build costs the cold start
// almost nothing (docs/benchmarks.md, Cold start). The server makes the app, which serves the
// built page, only after the build has written it.
const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
const webBuilt = new Promise<void>((resolve, reject) => {
  const build = spawn(process.execPath, [vite, 'build'], { stdio: 'inherit' });
  build.once('error', reject);
  build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the web build failed (vite build exited with ${code})`))));
});
// a failed build is reported when the server reaches it, not as an unhandled rejection before
webBuilt.catch(() => undefined);
startChainAtlas(webBuilt).catch(exitOnStartupError);
