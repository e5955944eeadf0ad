import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_OPTIONS } from '../test/helpers/browser.js';
import { listen } from './lib/http.js';
import { summarize, type Summary } from './lib/stats.js';
import type { BenchTiming, BenchWindow } from './browser/common.js';

/**
 * The browser: from data received to a rendered, interactive view, in headless Debian Chromium,
 * for 1,000 / 5,000 / 20,000 elements (nodes + edges, one node to two edges, preset positions),
 * rendered by the app's CytoscapeGraph wrapper and by bare Cytoscape (default settings) in the
 * same run; ratio = app ÷ bare. Also bare Cytoscape's WebGL renderer, recorded as crashed when
 * the page dies.
 */
export const ELEMENT_COUNTS = [1000, 5000, 20000] as const;
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.join(HERE, '.build/browser');

export interface BrowserCase {
  elements: number;
  nodes: number;
  edges: number;
  app: Summary | null;
  bare: Summary | null;
  webgl: Summary | null;
  /** app ÷ bare, medians */
  ratio: number | null;
  appBuild: Summary | null;
  bareBuild: Summary | null;
  webglStatus: string;
  errors: string[];
}

export interface BrowserResult {
  chromium: string;
  cases: BrowserCase[];
}

/** Deterministic graph: nodes on a jittered grid, each with two edges to nearby nodes. */
export function benchElements(count: number): object[] {
  const nodes = Math.round(count / 3);
  const edges = count - nodes;
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const side = Math.ceil(Math.sqrt(nodes));
  const out: object[] = [];
  for (let i = 0; i < nodes; i++) {
    out.push({
      group: 'nodes',
      data: { id: `n${i}`, label: `企业${i}`, local: rand() < 0.5 },
      position: { x: (i % side) * 60 + rand() * 30, y: Math.floor(i / side) * 60 + rand() * 30 },
    });
  }
  for (let e = 0; e < edges; e++) {
    const s = e % nodes;
    let t = (s + 1 + Math.floor(rand() * side * 2)) % nodes;
    if (t === s) t = (s + 1) % nodes;
    out.push({ group: 'edges', data: { id: `e${e}`, source: `n${s}`, target: `n${t}` } });
  }
  return out;
}

async function bundle(): Promise<void> {
  await build({
    configFile: false,
    root: path.join(HERE, 'browser'),
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: OUT,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rollupOptions: { input: path.join(HERE, 'browser/index.html') },
    },
  });
}

export async function browserBenchmark(runs: number, log: (line: string) => void): Promise<BrowserResult> {
  await bundle();
  const cache = new Map<number, string>();
  const server = await listen((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const m = /^\/elements\/(\d+)\.json$/.exec(url.pathname);
    if (m) {
      const count = Number(m[1]);
      if (!cache.has(count)) cache.set(count, JSON.stringify(benchElements(count)));
      res.writeHead(200, { 'content-type': 'application/json' }).end(cache.get(count));
      return;
    }
    const file = path.join(OUT, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(OUT) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch(CHROMIUM_OPTIONS);
    const version = browser.version();
    const measure = async (page: 'app' | 'bare', count: number, webgl: boolean): Promise<BenchTiming> => {
      const context = await browser!.newContext({ viewport: { width: 1440, height: 900 } });
      const p = await context.newPage();
      let crashed = false;
      p.on('crash', () => (crashed = true));
      try {
        p.setDefaultTimeout(300_000);
        await p.goto(`${server.url}/index.html?renderer=${page}`);
        await p.waitForFunction(() => (window as unknown as BenchWindow).benchReady === true);
        return await p.evaluate(([n, gl]) => (window as unknown as BenchWindow).benchRender(n, { webgl: gl }), [count, webgl] as const);
      } catch (error) {
        throw new Error(crashed ? 'page crashed' : (error as Error).message.split('\n')[0], { cause: error });
      } finally {
        await context.close().catch(() => {});
      }
    };
    const cases: BrowserCase[] = [];
    for (const count of ELEMENT_COUNTS) {
      const app: BenchTiming[] = [];
      const bare: BenchTiming[] = [];
      const webgl: BenchTiming[] = [];
      const errors: string[] = [];
      let webglStatus = 'ok';
      for (let run = 0; run < runs; run++) {
        // interleaved, alternating which goes first
        const order: ('app' | 'bare')[] = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
        for (const which of order) {
          try {
            (which === 'app' ? app : bare).push(await measure(which, count, false));
          } catch (error) {
            errors.push(`${which}: ${(error as Error).message}`);
          }
        }
        if (webglStatus === 'ok') {
          try {
            webgl.push(await measure('bare', count, true));
          } catch (error) {
            webglStatus = (error as Error).message;
          }
        }
      }
      const s = (list: BenchTiming[], pick: (t: BenchTiming) => number) => (list.length ? summarize(list.map(pick)) : null);
      const c: BrowserCase = {
        elements: count,
        nodes: (app[0] ?? bare[0])?.nodes ?? Math.round(count / 3),
        edges: (app[0] ?? bare[0])?.edges ?? count - Math.round(count / 3),
        app: s(app, (t) => t.ms),
        bare: s(bare, (t) => t.ms),
        webgl: s(webgl, (t) => t.ms),
        ratio: app.length && bare.length ? summarize(app.map((t) => t.ms)).median / summarize(bare.map((t) => t.ms)).median : null,
        appBuild: s(app, (t) => t.buildMs),
        bareBuild: s(bare, (t) => t.buildMs),
        webglStatus,
        errors,
      };
      log(
        `  ${count} elements: app ${c.app?.median.toFixed(0) ?? '—'} ms, bare ${c.bare?.median.toFixed(0) ?? '—'} ms (ratio ${c.ratio?.toFixed(2) ?? '—'}), WebGL ${c.webgl ? `${c.webgl.median.toFixed(0)} ms` : webglStatus}${errors.length ? `; errors: ${errors.join('; ')}` : ''}`,
      );
      cases.push(c);
    }
    return { chromium: version, cases };
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
}
