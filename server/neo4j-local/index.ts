import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds and runs the Java launcher (launcher/) that starts a real Neo4j 5.26 with Bolt on
 * 127.0.0.1. Maven resolves Neo4j once; later builds run offline and are skipped entirely
 * when the launcher's sources have not changed.
 */
const launcherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../launcher');
const targetDir = path.join(launcherDir, 'target');
const stampFile = path.join(targetDir, 'build-stamp.txt');
const classpathFile = path.join(targetDir, 'classpath.txt');

/** The flags Neo4j's own neo4j.conf passes to the JVM (the server and the admin tool alike). */
const JVM_OPENS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function launcherSourceHash(): string {
  const hash = createHash('sha256');
  const files = [path.join(launcherDir, 'pom.xml')];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(launcherDir, 'src'));
  // paths relative to the launcher: a moved or second checkout of the same sources needs no rebuild
  for (const file of files) hash.update(path.relative(launcherDir, file)).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

function isBuildCurrent(): boolean {
  if (!fs.existsSync(stampFile) || !fs.existsSync(classpathFile)) return false;
  if (fs.readFileSync(stampFile, 'utf8').trim() !== launcherSourceHash()) return false;
  // The Maven repository may have been cleaned since: every jar must still be there.
  return fs
    .readFileSync(classpathFile, 'utf8')
    .trim()
    .split(path.delimiter)
    .every((jar) => fs.existsSync(jar));
}

/** Builds the launcher if needed; returns the Java classpath. */
export function buildLauncher(log: (line: string) => void = () => {}): string {
  if (!hasCommand('java', ['-version'])) {
    throw new LocalNeo4jError(
      'Java was not found: install OpenJDK 17 (apt-get install -y openjdk-17-jdk-headless) or set NEO4J_URI to an existing Neo4j.',
    );
  }
  if (!isBuildCurrent()) {
    if (!hasCommand('mvn', ['-v'])) {
      throw new LocalNeo4jError('Maven was not found: install it (apt-get install -y maven) or set NEO4J_URI to an existing Neo4j.');
    }
    log('Building the local Neo4j launcher (Maven; the first time downloads Neo4j 5.26 from Maven Central)...');
    // Offline first: a machine that built once needs no network.
    let result = spawnSync('mvn', ['-B', '-q', '-o', 'package'], { cwd: launcherDir, encoding: 'utf8' });
    if (result.status !== 0) {
      result = spawnSync('mvn', ['-B', '-q', 'package'], { cwd: launcherDir, encoding: 'utf8' });
    }
    if (result.status !== 0) {
      const errorLine =
        `${result.stdout}\n${result.stderr}`.split('\n').find((l) => l.includes('[ERROR]')) ?? result.error?.message ?? 'unknown error';
      throw new LocalNeo4jError(`Building the Neo4j launcher with Maven failed: ${errorLine.replace(/\u001b\[[0-9;]*m/g, '').trim()}`);
    }
    fs.writeFileSync(stampFile, launcherSourceHash());
  }
  const plugins = path.join(targetDir, 'plugins');
  // APOC's extension factories are found through the classpath, its procedures through the plugins folder.
  return [path.join(targetDir, 'classes'), fs.readFileSync(classpathFile, 'utf8').trim(), path.join(plugins, '*')].join(path.delimiter);
}

/** The password of the local database: NEO4J_PASSWORD, else one generated once and kept beside the data. */
export function localNeo4jPassword(dataDir: string, explicit?: string): string {
  if (explicit) return explicit;
  const file = path.join(dataDir, 'password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  password: string;
  heap?: string;
  pagecacheMb?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
  /** resolves when the process has exited, however that happened */
  exited: Promise<number | null>;
}

/** Starts Neo4j and resolves once Bolt listens. The process stops when this Node process exits. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const classpath = buildLauncher(log);
  if (!(await isPortFree(options.port))) {
    throw new LocalNeo4jError(
      `Port ${options.port} on 127.0.0.1 is already in use: stop what uses it or set LOCAL_NEO4J_PORT to another port.`,
    );
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const args = [
    `-Xms${options.heap ?? '1g'}`,
    `-Xmx${options.heap ?? '1g'}`,
    ...JVM_OPENS,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    'chainatlas.launcher.Main',
    '--port',
    String(options.port),
    '--data',
    options.dataDir,
    '--plugins',
    path.join(targetDir, 'plugins'),
    '--pagecache',
    String(options.pagecacheMb ?? 512),
    '--exit-on-stdin-close',
  ];
  log(`Starting Neo4j 5.26 on bolt://127.0.0.1:${options.port} (data in ${options.dataDir})...`);
  const child: ChildProcess = spawn('java', args, {
    env: { ...process.env, NEO4J_PASSWORD: options.password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const logFile = fs.createWriteStream(path.join(options.dataDir, 'launcher.log'), { flags: 'a' });
  child.stderr!.pipe(logFile);
  let stderrTail = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    let stdout = '';
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('READY')) {
        child.stdout!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('error', (error) => reject(new LocalNeo4jError(`Could not start Java: ${error.message}`)));
    void exited.then((code) => {
      const launcherLine = stderrTail.split('\n').find((l) => l.startsWith('neo4j-launcher:'));
      const cause = stderrTail
        .split('\n')
        .filter((l) => l.startsWith('Caused by'))
        .pop();
      reject(
        new LocalNeo4jError(
          `Neo4j stopped during start-up (exit ${code}): ${(launcherLine ?? cause ?? stderrTail.trim().split('\n').pop() ?? '').replace('neo4j-launcher: ', '')}`,
        ),
      );
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    port: options.port,
    pid: child.pid,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(timer);
        logFile.end();
      })();
      return stopping;
    },
  };
}

/** The folder of the embedded Neo4j's `neo4j` database store (absent until the database exists). */
export function localStoreDir(dataDir: string): string {
  return path.join(dataDir, 'data', 'databases', 'neo4j');
}

/** True when the embedded Neo4j's folder holds no `neo4j` database yet (a first start). */
export function isLocalStoreEmpty(dataDir: string): boolean {
  return !fs.existsSync(localStoreDir(dataDir));
}

export interface AdminImportOptions {
  /** the embedded Neo4j's folder (NEO4J_HOME); Neo4j must not run on it */
  dataDir: string;
  /** `--nodes=` values: `Label[:Label]=file[,file]` */
  nodes: string[];
  /** `--relationships=` values: `TYPE=file[,file]` */
  relationships: string[];
  /** quoted fields may hold line breaks (slower to read, so only when some value has one) */
  multilineFields?: boolean;
  /** where the tool writes its report of bad entries */
  reportFile: string;
  heap?: string;
  log?: (line: string) => void;
}

/**
 * Writes a new `neo4j` database from CSV files with Neo4j's offline bulk importer
 * (`neo4j-admin database import full`), run from the launcher's own classpath. The tool refuses
 * to replace an existing database; any bad entry (a duplicate id, a relationship to a missing
 * node) fails the import (`--bad-tolerance=0`).
 */
export async function runAdminImport(options: AdminImportOptions): Promise<{ seconds: number; output: string }> {
  const log = options.log ?? (() => {});
  const classpath = buildLauncher(log);
  fs.mkdirSync(options.dataDir, { recursive: true });
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...JVM_OPENS,
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // the database name before the file options: they take several values each
    'neo4j',
    ...options.nodes.map((n) => `--nodes=${n}`),
    ...options.relationships.map((r) => `--relationships=${r}`),
    `--multiline-fields=${options.multilineFields ? 'true' : 'false'}`,
    '--bad-tolerance=0',
    `--report-file=${options.reportFile}`,
  ];
  const started = Date.now();
  const child = spawn('java', args, {
    cwd: options.dataDir,
    env: { ...process.env, NEO4J_HOME: options.dataDir, NEO4J_CONF: path.join(options.dataDir, 'conf') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) => reject(new LocalNeo4jError(`Could not start Java: ${error.message}`)));
    child.once('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0) {
    const lines = output
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^[.-]/.test(l));
    const cause =
      lines
        .filter((l) => /error|exception|failed|caused by/i.test(l))
        .slice(-3)
        .join(' | ') || lines.slice(-3).join(' | ');
    throw new LocalNeo4jError(`The Neo4j bulk importer failed (exit ${code}): ${cause}`);
  }
  const done = /IMPORT DONE in ([^\n]*)/.exec(output)?.[1]?.trim();
  if (done) log(`Neo4j bulk import done in ${done}`);
  // The tool leaves an almost empty transaction log preallocated at 256 MiB whatever the
  // configuration says: the same bytes, without the disk blocks of its zeros.
  const txDir = path.join(options.dataDir, 'data', 'transactions', 'neo4j');
  for (const name of fs.existsSync(txDir) ? fs.readdirSync(txDir) : []) {
    if (/^neostore\.transaction\.db\.\d+$/.test(name)) await rewriteSparse(path.join(txDir, name));
  }
  return { seconds: (Date.now() - started) / 1000, output };
}

/** Rewrites a file with holes where it holds only zeros (same content and length, fewer disk blocks). */
async function rewriteSparse(file: string): Promise<void> {
  const temp = `${file}.sparse`;
  const source = await fs.promises.open(file, 'r');
  const target = await fs.promises.open(temp, 'w');
  try {
    const { size } = await source.stat();
    const chunk = Buffer.alloc(64 * 1024);
    for (let offset = 0; offset < size; offset += chunk.length) {
      const { bytesRead } = await source.read(chunk, 0, chunk.length, offset);
      const part = chunk.subarray(0, bytesRead);
      if (part.some((byte) => byte !== 0)) await target.write(part, 0, bytesRead, offset);
    }
    await target.truncate(size);
    await target.sync();
  } finally {
    await source.close();
    await target.close();
  }
  await fs.promises.rename(temp, file);
}
