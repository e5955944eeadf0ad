import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { freePort } from '../server/neo4j-local/index.js';
import { cmdline, descendants, procMemory } from './lib/proc.js';
import { summarize, type Summary } from './lib/stats.js';

/**
 * Cold and warm start of `npm start` (vite build + server + embedded Neo4j + the default data
 * set loaded through the importer on an empty database): from spawning the command to the first
 * page served (GET / answers 200 with HTML). Cold: a fresh LOCAL_NEO4J_DIR; warm: the same
 * folder again, data present. Also the server's and Neo4j's memory once up.
 */
export interface StartSample {
  seconds: number;
  /** what the server printed: its own start-up time (after the build), the data load */
  serverReadySeconds: number | null;
  buildSeconds: number | null;
  seedSeconds: number | null;
  serverRssBytes: number | null;
  neo4jRssBytes: number | null;
  neo4jHeapUsedBytes: number | null;
}

export interface StartResult {
  cold: Summary;
  warm: Summary;
  coldSamples: StartSample[];
  warmSamples: StartSample[];
}

async function oneStart(dataDir: string, log: (line: string) => void): Promise<StartSample> {
  const port = await freePort();
  const boltPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LOCAL_NEO4J_PORT: String(boltPort),
    LOCAL_NEO4J_DIR: dataDir,
    SEED: 'default',
    NODE_ENV: 'development',
  };
  delete env.NEO4J_URI;
  delete env.NEO4J_PASSWORD;
  const started = performance.now();
  // its own process group, so that stopping it reaches npm, the server and Neo4j
  const child: ChildProcess = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  let buildEnded: number | null = null;
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (buildEnded === null && /built in/.test(output)) buildEnded = performance.now();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}/`;
  let seconds: number | null = null;
  try {
    const deadline = started + 600_000;
    while (seconds === null) {
      if (child.exitCode !== null) throw new Error(`npm start stopped (exit ${child.exitCode}):\n${output.slice(-2000)}`);
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
        const body = await res.text();
        if (res.status === 200 && /text\/html/.test(res.headers.get('content-type') ?? '') && /<html/i.test(body))
          seconds = (performance.now() - started) / 1000;
      } catch {
        /* not yet */
      }
      if (seconds === null) {
        if (performance.now() > deadline) throw new Error(`no page within 600 s:\n${output.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    const ready = /is ready at .*\(([\d.]+) s\)/.exec(output);
    const seed = /Default data set loaded: .* in ([\d.]+) s/.exec(output);
    // memory of the server (node) and of Neo4j (java) once up
    let serverRss: number | null = null;
    let neo4jRss: number | null = null;
    for (const pid of descendants(child.pid!)) {
      const cmd = cmdline(pid);
      const mem = procMemory(pid);
      if (!mem) continue;
      if (/chainatlas\.launcher\.Main/.test(cmd)) neo4jRss = mem.peak;
      else if (/server\/main\.ts/.test(cmd) && /node/.test(cmd)) serverRss = Math.max(serverRss ?? 0, mem.peak);
    }
    let heapUsed: number | null = null;
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${boltPort}`,
      neo4j.auth.basic('neo4j', fs.readFileSync(path.join(dataDir, 'password'), 'utf8').trim()),
      { logging: { level: 'error', logger: () => {} } },
    );
    try {
      const res = await driver.executeQuery(
        `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.used AS used`,
      );
      heapUsed = Number(res.records[0]?.get('used'));
    } catch {
      /* leave null */
    } finally {
      await driver.close();
    }
    const sample: StartSample = {
      seconds,
      serverReadySeconds: ready ? Number(ready[1]) : null,
      buildSeconds: buildEnded !== null ? (buildEnded - started) / 1000 : null,
      seedSeconds: seed ? Number(seed[1]) : null,
      serverRssBytes: serverRss,
      neo4jRssBytes: neo4jRss,
      neo4jHeapUsedBytes: heapUsed,
    };
    return sample;
  } finally {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 90_000);
      await exited;
      // Neo4j may still be closing its store after npm exited: wait for the group to be gone
      for (let i = 0; i < 600; i++) {
        try {
          process.kill(-child.pid, 0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      clearTimeout(timer);
    }
    log(`  (npm start output tail: ${output.trim().split('\n').slice(-2).join(' / ').slice(0, 300)})`);
  }
}

export async function startBenchmark(runs: number, log: (line: string) => void): Promise<StartResult> {
  const cold: StartSample[] = [];
  const warm: StartSample[] = [];
  for (let run = 1; run <= runs; run++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bench-start-'));
    try {
      const c = await oneStart(dir, log);
      cold.push(c);
      log(
        `  cold start ${run}/${runs}: first page after ${c.seconds.toFixed(1)} s (build ${c.buildSeconds?.toFixed(1) ?? '?'} s, server ${c.serverReadySeconds ?? '?'} s of which data load ${c.seedSeconds ?? '?'} s)`,
      );
      const w = await oneStart(dir, log);
      warm.push(w);
      log(
        `  warm start ${run}/${runs}: first page after ${w.seconds.toFixed(1)} s (build ${w.buildSeconds?.toFixed(1) ?? '?'} s, server ${w.serverReadySeconds ?? '?'} s)`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return { cold: summarize(cold.map((s) => s.seconds)), warm: summarize(warm.map((s) => s.seconds)), coldSamples: cold, warmSamples: warm };
}
