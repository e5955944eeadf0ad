import { spawn } from 'node:child_process';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/neo4j-local/index.js';

/** Runs `server/main.ts` with the given environment; resolves with its exit code and output. */
function startServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, SEED: 'none', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const blockers: net.Server[] = [];
afterAll(() => blockers.forEach((s) => s.close()));

describe('bad configuration stops start-up with one clear sentence', () => {
  it('a malformed NEO4J_URI', async () => {
    const { code, output } = await startServer({ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'x' });
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      'ChainAtlas could not start: Configuration error in NEO4J_URI: NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for Aura)',
    );
  });

  it('a Neo4j that does not answer', async () => {
    const port = await freePort();
    const { code, output } = await startServer({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' });
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`^ChainAtlas could not start: Neo4j at bolt://127.0.0.1:${port} does not answer`));
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a wrong password', async () => {
    const { code, output } = await startServer({ NEO4J_URI: process.env.NEO4J_URI!, NEO4J_PASSWORD: 'wrong-password' });
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      `ChainAtlas could not start: Neo4j at ${process.env.NEO4J_URI} refused the password: check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  });

  it('an HTTP port in use', async () => {
    const blocker = net.createServer();
    blockers.push(blocker);
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    const { code, output } = await startServer({ PORT: String(port) });
    expect(code).toBe(1);
    expect(output.trim().split('\n').pop()).toBe(
      `ChainAtlas could not start: Port ${port} is already in use: stop what uses it or set PORT to another port.`,
    );
  });
});
